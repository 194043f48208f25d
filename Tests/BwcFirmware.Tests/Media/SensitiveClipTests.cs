using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.Tests.Media;

/// <summary>The sensitive flag in the clip's manifest: a line per switch with its time, carried across roll-overs.</summary>
[TestClass]
public sealed class SensitiveClipTests
{
    [TestMethod]
    [DataRow(MediaEngineKind.Managed)]
    [DataRow(MediaEngineKind.Native)]
    public void FlagAndUnflag_AreManifestLinesWithTheirTimes_AndTheClipVerifies(MediaEngineKind engine)
    {
        using var rig = new MediaRig(new MediaSettings { ChunkSeconds = 5 }, engine: engine);
        rig.Pipeline.StartClip(0, "record.double");
        rig.Run(0, 3_000);
        rig.Pipeline.SetSensitive(3_000, true);
        rig.Run(3_000, 6_000);
        rig.Pipeline.SetSensitive(6_000, false);
        rig.Pipeline.SetSensitive(7_000, true);
        rig.Run(6_000, 9_000);
        rig.Pipeline.StopClip(9_000, "record.hold");

        int clip = CardClips.Clips(rig.Card).Single();
        ClipManifest manifest = ClipManifest.Load(rig.Card, CardLayout.ClipManifest(clip));
        var lines = Enumerable.Range(0, manifest.EntryCount).Select(manifest.EntryAt).Where(e => e.Kind == ManifestEntryKind.Sensitive).ToList();
        CollectionAssert.AreEqual(new[] { "on", "off", "on" }, lines.Select(e => e.Get(ManifestKeys.State)).ToArray());
        CollectionAssert.AreEqual(new long[] { 3_000, 6_000, 7_000 }, lines.Select(e => e.MonoMs).ToArray());
        Assert.IsTrue(manifest.IsSensitive);
        Assert.AreEqual(3, manifest.SensitiveSwitches);
        Assert.AreEqual(0, manifest.MalformedLines, "the reader knows the word");
        Assert.AreEqual(0, new ClipVerifier(rig.Card, new Sha256(), new byte[4096]).Verify(CardLayout.ClipDirectory(clip), true).Count);
        StringAssert.Contains(rig.Audit.Lines.Single(l => l.StartsWith("clip stop", StringComparison.Ordinal)), " sensitive=on ");
    }

    [TestMethod]
    [DataRow(MediaEngineKind.Managed)]
    [DataRow(MediaEngineKind.Native)]
    public void AFlaggedClipRollingOver_ContinuesFlagged_AndTheNextClipStartsUnflagged(MediaEngineKind engine)
    {
        using var rig = new MediaRig(new MediaSettings { ChunkSeconds = 5, MaxClipSeconds = 20 }, engine: engine);
        rig.Pipeline.StartClip(0, "record.double");
        rig.Pipeline.SetSensitive(1_000, true);
        rig.Run(0, 30_000);
        rig.Pipeline.StopClip(30_000, "record.hold");
        rig.Pipeline.StartClip(31_000, "record.double");
        rig.Run(30_000, 35_000);
        rig.Pipeline.StopClip(35_000, "record.hold");

        List<int> clips = CardClips.Clips(rig.Card);
        Assert.AreEqual(3, clips.Count);
        bool[] flagged = clips.Select(c => ClipManifest.Load(rig.Card, CardLayout.ClipManifest(c)).IsSensitive).ToArray();
        CollectionAssert.AreEqual(new[] { true, true, false }, flagged);
        Assert.IsFalse(rig.Pipeline.IsSensitive);
    }

    [TestMethod]
    [DataRow(MediaEngineKind.Managed)]
    [DataRow(MediaEngineKind.Native)]
    public void WithoutAnOpenClip_TheFlagWritesNothing(MediaEngineKind engine)
    {
        using var rig = new MediaRig(new MediaSettings { ChunkSeconds = 5 }, engine: engine);

        rig.Pipeline.SetSensitive(1_000, true);

        Assert.IsFalse(rig.Pipeline.IsSensitive);
        Assert.AreEqual(0, CardClips.Clips(rig.Card).Count);
    }
}
