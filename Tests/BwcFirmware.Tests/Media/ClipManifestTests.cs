using System.Text;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Tests.Card;

namespace BwcFirmware.Tests.Media;

[TestClass]
public sealed class ClipManifestTests
{
    [TestMethod]
    public void EveryLineWritten_ReadsBackWithItsValues()
    {
        using var temp = new TempCard();
        temp.Durable.CreateDirectory("clips/000007");
        byte[] digest = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var writer = new ClipManifestWriter();
        writer.Create(temp.Durable, "clips/000007/manifest.txt");
        writer.WriteStart(7, "BWC-0042", "PC 4711 Müller", "2026-11-26T04:05:00.000Z", 123_456, "record.double", 6);
        writer.WriteChunkOpen("000001.avi", 100_000);
        writer.WriteChunk(new ChunkRecord { Name = "000001.avi", Bytes = 4_500_123, Frames = 150, AudioBytes = 320_000, FirstFrameMs = 100_000, LastFrameMs = 109_933, Sha256 = digest, PreEvent = true, From = "ring/000123.avi" });
        writer.WriteMute(110_000, true);
        writer.WriteMarker(111_000, "suspect = running, 100% sure\nnewline");
        writer.WriteMute(112_000, false);
        writer.WriteStop(113_000, "record.press");
        writer.Close();

        ClipManifest manifest = ClipManifest.Load(temp.Durable, "clips/000007/manifest.txt");

        Assert.AreEqual(7, manifest.EntryCount);
        Assert.AreEqual(0, manifest.TornBytes);
        Assert.AreEqual(0, manifest.MalformedLines);
        Assert.AreEqual("PC 4711 Müller", manifest.Start!.Get(ManifestKeys.Officer));
        Assert.AreEqual("000007", manifest.Start.Get(ManifestKeys.Clip));
        Assert.AreEqual("000006", manifest.Start.Get(ManifestKeys.Continues));
        Assert.AreEqual(123_456, manifest.Start.MonoMs);
        Assert.AreEqual("2026-11-26T04:05:00.000Z", manifest.Start.Get(ManifestKeys.Utc));
        ManifestEntry chunk = manifest.ChunkAt(0);
        Assert.AreEqual(4_500_123, chunk.GetNumber(ManifestKeys.Bytes, 0));
        Assert.AreEqual(150, chunk.GetNumber(ManifestKeys.Frames, 0));
        Assert.AreEqual(109_933, chunk.GetNumber(ManifestKeys.Last, 0));
        Assert.AreEqual(Convert.ToHexStringLower(digest), chunk.Get(ManifestKeys.Sha256));
        Assert.AreEqual("ring/000123.avi", chunk.Get(ManifestKeys.From));
        Assert.AreEqual("suspect = running, 100% sure\nnewline", manifest.EntryAt(4).Get(ManifestKeys.Note));
        Assert.AreEqual("on", manifest.EntryAt(3).Get(ManifestKeys.State));
        Assert.IsTrue(manifest.IsClosed);
        Assert.AreEqual("record.press", manifest.Stop!.Cause);
    }

    [TestMethod]
    public void LinesAreOneWordThenKeyValuePairs_OnePerLine()
    {
        using var temp = new TempCard();
        var writer = new ClipManifestWriter();
        writer.Create(temp.Durable, "manifest.txt");
        writer.WriteStart(1, "BWC-1", "", null, 5, "record.press", 0);
        writer.WriteMarker(6, "a b");
        writer.Close();

        string text = Encoding.UTF8.GetString(CardBytes.ReadAll(temp.Durable, "manifest.txt"));
        Assert.AreEqual(
            "start version=1 clip=000001 device=BWC-1 officer= utc=unknown mono=5 cause=record.press\n" +
            "marker mono=6 note=a%20b\n",
            text);
    }

    [TestMethod]
    public void TornLastLine_IsNotParsed_AndItsBytesAreReported()
    {
        using var temp = new TempCard();
        var writer = new ClipManifestWriter();
        writer.Create(temp.Durable, "manifest.txt");
        writer.WriteStart(1, "BWC-1", "7", null, 5, "record.press", 0);
        writer.WriteMute(6, true);
        writer.Close();
        long complete = temp.Durable.GetLength("manifest.txt");
        using (ICardFile file = temp.Durable.OpenAppend("manifest.txt"))
        {
            byte[] torn = Encoding.ASCII.GetBytes("stop mono=9 cau");
            file.Write(torn, 0, torn.Length);
            file.Flush();
        }

        ClipManifest manifest = ClipManifest.Load(temp.Durable, "manifest.txt");
        Assert.AreEqual(2, manifest.EntryCount);
        Assert.AreEqual(complete, manifest.CompleteLength);
        Assert.AreEqual(15, manifest.TornBytes);
        Assert.IsFalse(manifest.IsClosed);
    }

    [TestMethod]
    public void GarbageLine_IsCountedAsMalformed_AndSkipped()
    {
        using var temp = new TempCard();
        CardBytes.Put(temp.Durable, "manifest.txt", Encoding.ASCII.GetBytes("start clip=000001\n\0\0\0\0\nstop mono=3 cause=x\nbogus a=b\n"));
        ClipManifest manifest = ClipManifest.Load(temp.Durable, "manifest.txt");
        Assert.AreEqual(2, manifest.EntryCount);
        Assert.AreEqual(2, manifest.MalformedLines);
        Assert.IsTrue(manifest.IsClosed);
    }

    [TestMethod]
    public void LongManifest_ReadsThroughTheSmallBuffer()
    {
        using var temp = new TempCard();
        var writer = new ClipManifestWriter();
        writer.Create(temp.Durable, "manifest.txt");
        writer.WriteStart(1, "BWC-1", "7", null, 0, "record.press", 0);
        for (int i = 0; i < 500; i++)
        {
            writer.WriteMarker(i, new string('x', i % 300));
        }

        writer.Close();
        ClipManifest manifest = ClipManifest.Load(temp.Durable, "manifest.txt");
        Assert.AreEqual(501, manifest.EntryCount);
        Assert.AreEqual(new string('x', 200), manifest.EntryAt(201).Get(ManifestKeys.Note));
        Assert.AreEqual(new string('x', ManifestLine.MaxValueBytes), manifest.EntryAt(300).Get(ManifestKeys.Note), "notes are cut to fit a line");
        Assert.AreEqual(temp.Durable.GetLength("manifest.txt"), manifest.CompleteLength);
    }

    [TestMethod]
    public void LongNonAsciiNote_IsCutBetweenCharacters()
    {
        using var temp = new TempCard();
        var writer = new ClipManifestWriter();
        writer.Create(temp.Durable, "manifest.txt");
        writer.WriteMarker(1, new string('ü', 200));
        writer.Close();
        string note = ClipManifest.Load(temp.Durable, "manifest.txt").EntryAt(0).Get(ManifestKeys.Note)!;
        Assert.AreEqual(new string('ü', ManifestLine.MaxValueBytes / 6), note);
    }

    [TestMethod]
    public void Verifier_FindsAChangedChunkAndAnUnlistedOne()
    {
        using var temp = new TempCard();
        ICardFileSystem card = temp.Durable;
        card.CreateDirectory("clips/000001");
        byte[] chunk = CardBytes.Pattern(3000, 9);
        CardBytes.Put(card, "clips/000001/000001.avi", chunk);
        var writer = new ClipManifestWriter();
        writer.Create(card, "clips/000001/manifest.txt");
        writer.WriteStart(1, "BWC-1", "7", null, 0, "record.press", 0);
        writer.WriteChunk(new ChunkRecord { Name = "000001.avi", Bytes = chunk.Length, Frames = 1, Sha256 = System.Security.Cryptography.SHA256.HashData(chunk) });
        writer.WriteStop(10, "record.press");
        writer.Close();
        var verifier = new ClipVerifier(card, new Sha256(), new byte[700]);

        Assert.AreEqual(0, verifier.Verify("clips/000001", requireClosed: true).Count);

        using (ICardFile file = card.OpenAppend("clips/000001/000001.avi"))
        {
            file.WriteAt(100, new byte[] { (byte)(chunk[100] ^ 1) }, 0, 1);
            file.Flush();
        }

        CardBytes.Put(card, "clips/000001/000002.avi", new byte[10]);
        var problems = verifier.Verify("clips/000001", requireClosed: true).Cast<string>().ToArray();
        CollectionAssert.AreEquivalent(new[] { "hash differs: 000001.avi", "unlisted chunk: 000002.avi" }, problems);
    }
}
