#nullable disable
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#endif
using System.Collections;
using BwcFirmware.DeviceTests.Fakes;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media.Manifest;

// Portable test (see Board/BoardPinMapPortableTests.cs for how it runs on both frameworks).
namespace BwcFirmware.DeviceTests.Media
{
    /// <summary>A clip's manifest written on the device and read back, and checked against its chunks.</summary>
    [TestClass]
    public sealed class ClipManifestPortableTests
    {
        private const string Clip = "clips/000007";
        private const string Manifest = "clips/000007/manifest.txt";

        [TestMethod]
        public void EveryLineWritten_ReadsBackWithItsValues()
        {
            InMemoryCard card = new InMemoryCard(1024 * 1024);
            card.CreateDirectory(Clip);
            ClipManifestWriter writer = new ClipManifestWriter();
            writer.Create(card, Manifest);
            writer.WriteStart(7, "BWC-0042", "PC 4711 M\u00fcller", "2026-11-26T04:05:00.000Z", 123456, "record.double", 6);
            writer.WriteChunkOpen("000001.avi", 100000);
            writer.WriteChunk(Chunk("000001.avi", 4500123, Digest(new byte[] { 1, 2, 3 })));
            writer.WriteMute(110000, true);
            writer.WriteMarker(111000, "suspect = running, 100% sure\nnewline");
            writer.WriteMute(112000, false);
            writer.WriteStop(113000, "record.hold");
            writer.Close();

            ClipManifest manifest = ClipManifest.Load(card, Manifest);

            Assert.AreEqual(7, manifest.EntryCount);
            Assert.AreEqual(0L, manifest.TornBytes);
            Assert.AreEqual(0, manifest.MalformedLines);
            Assert.AreEqual("PC 4711 M\u00fcller", manifest.Start.Get(ManifestKeys.Officer));
            Assert.AreEqual("000007", manifest.Start.Get(ManifestKeys.Clip));
            Assert.AreEqual("000006", manifest.Start.Get(ManifestKeys.Continues));
            Assert.AreEqual(123456L, manifest.Start.MonoMs);
            ManifestEntry chunk = manifest.ChunkAt(0);
            Assert.AreEqual(4500123L, chunk.GetNumber(ManifestKeys.Bytes, 0));
            Assert.AreEqual(150L, chunk.GetNumber(ManifestKeys.Frames, 0));
            Assert.AreEqual(109933L, chunk.GetNumber(ManifestKeys.Last, 0));
            Assert.AreEqual(Digest(new byte[] { 1, 2, 3 }), chunk.Get(ManifestKeys.Sha256));
            Assert.AreEqual("ring/000123.avi", chunk.Get(ManifestKeys.From));
            Assert.AreEqual("on", manifest.EntryAt(3).Get(ManifestKeys.State));
            Assert.AreEqual("suspect = running, 100% sure\nnewline", manifest.EntryAt(4).Get(ManifestKeys.Note));
            Assert.AreEqual("off", manifest.EntryAt(5).Get(ManifestKeys.State));
            Assert.IsTrue(manifest.IsClosed);
            Assert.AreEqual("record.hold", manifest.Stop.Cause);
        }

        [TestMethod]
        public void TornLastLine_IsNotParsed_AndItsBytesAreReported()
        {
            InMemoryCard card = new InMemoryCard(1024 * 1024);
            card.CreateDirectory(Clip);
            ClipManifestWriter writer = new ClipManifestWriter();
            writer.Create(card, Manifest);
            writer.WriteStart(7, "BWC-1", "7", null, 5, "record.press", 0);
            writer.WriteMute(6, true);
            long whole = card.GetLength(Manifest);
            writer.WriteStop(9, "record.hold");
            writer.Close();
            card.Truncate(Manifest, whole + 15);

            ClipManifest manifest = ClipManifest.Load(card, Manifest);

            Assert.AreEqual(2, manifest.EntryCount);
            Assert.AreEqual(whole, manifest.CompleteLength);
            Assert.AreEqual(15L, manifest.TornBytes);
            Assert.IsFalse(manifest.IsClosed);
        }

        [TestMethod]
        public void Verifier_PassesTheClipAsWritten_ThenNamesAChangedChunk()
        {
            InMemoryCard card = new InMemoryCard(1024 * 1024);
            byte[] bytes = new byte[3000];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)(i * 7);
            }

            card.Put(Clip + "/000001.avi", bytes);
            ClipManifestWriter writer = new ClipManifestWriter();
            writer.Create(card, Manifest);
            writer.WriteStart(7, "BWC-1", "7", null, 0, "record.press", 0);
            writer.WriteChunk(Chunk("000001.avi", bytes.Length, Digest(bytes)));
            writer.WriteStop(10, "record.hold");
            writer.Close();
            ClipVerifier verifier = new ClipVerifier(card, new Sha256(), new byte[700]);

            Assert.AreEqual(0, verifier.Verify(Clip, true).Count);

            card.Flip(Clip + "/000001.avi", 100);
            ArrayList problems = verifier.Verify(Clip, true);

            Assert.AreEqual(1, problems.Count);
            Assert.AreEqual("hash differs: 000001.avi", (string)problems[0]);
        }

        private static ChunkRecord Chunk(string name, long bytes, string sha256)
        {
            ChunkRecord chunk = new ChunkRecord();
            chunk.Name = name;
            chunk.Bytes = bytes;
            chunk.Frames = 150;
            chunk.AudioBytes = 320000;
            chunk.FirstFrameMs = 100000;
            chunk.LastFrameMs = 109933;
            chunk.Sha256 = new byte[32];
            Hex.TryParse(sha256, chunk.Sha256, 0, 32);
            chunk.PreEvent = true;
            chunk.From = "ring/000123.avi";
            return chunk;
        }

        private static string Digest(byte[] bytes)
        {
            return TestBytes.Sha256Hex(bytes, bytes.Length);
        }
    }
}
