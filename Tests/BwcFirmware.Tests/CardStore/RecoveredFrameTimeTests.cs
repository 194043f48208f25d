using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Media.Avi;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Tests.Media;

namespace BwcFirmware.Tests.CardStore;

/// <summary>
/// A chunk cut mid-way by a power cut: recovery lists it with the last frame time it can derive (first frame time
/// from the chunk-open line, plus one frame period per timeline slot after it), and the stop line carries it.
/// </summary>
[TestClass]
public sealed class RecoveredFrameTimeTests
{
    [TestMethod]
    [DataRow(1)]
    [DataRow(2)]
    [DataRow(3)]
    public void PowerCutMidChunk_RecoveredChunkAndStopLineCarryTheDerivedLastFrameTime(int seed)
    {
        using var rig = new MediaRig(new MediaSettings(), seed: seed);
        rig.Card.TearLastWrite = false;
        rig.Pipeline.StartClip(0, "record.press");
        long cutAt = 14_000 + (seed * 2_130);
        rig.Run(0, cutAt);
        rig.CutPowerAndBoot(cutAt + 5_000);

        int clip = CardClips.Clips(rig.Card).Single();
        Assert.AreEqual(0, new ClipVerifier(rig.Card, new Sha256(), new byte[4096]).Verify(CardLayout.ClipDirectory(clip), true).Count);
        ClipManifest manifest = ClipManifest.Load(rig.Card, CardLayout.ClipManifest(clip));
        List<ManifestEntry> recovered = Enumerable.Range(0, manifest.ChunkCount).Select(manifest.ChunkAt).Where(c => c.Get(ManifestKeys.Recovered) != null).ToList();
        Assert.IsNotEmpty(recovered);
        long last = -1;
        foreach (ManifestEntry entry in recovered)
        {
            // A closed chunk still waiting for its hash at the cut is recovered too, before the one that was open.
            string path = CardLayout.ClipDirectory(clip) + "/" + entry.Name;
            AviRepairResult chunk = AviChunkRepair.Scan(rig.Card, path, new byte[4096]);
            long first = entry.GetNumber(ManifestKeys.First, -1);
            last = entry.GetNumber(ManifestKeys.Last, -1);

            Assert.AreEqual(1_000_000 / 15, chunk.MicrosPerFrame, "the frame period the chunk's header declares");
            Assert.IsGreaterThan(0L, first);
            Assert.AreEqual(first + ((chunk.TimelineFrames - 1) * chunk.MicrosPerFrame / 1000), last, entry.Name + ": first + (slots - 1) x frame period");
            List<int> kept = CardClips.Read(rig.Card, path).Frames.Select(TestFrames.IndexOf).ToList();
            long lastCaptured = rig.Frames.CaptureTimeOf(kept[^1]);
            Assert.IsTrue(Math.Abs(last - lastCaptured) <= 2, $"{entry.Name}: derived {last} ms, its last kept frame was captured at {lastCaptured} ms");
        }

        Assert.AreEqual(last, manifest.Stop!.MonoMs, "the stop line carries the last frame time recovery found");
        Assert.AreEqual(ManifestFormat.RecoveredCause, manifest.Stop.Cause);
    }
}
