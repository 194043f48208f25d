using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Media;
using BwcFirmware.Tests.Media;

namespace BwcFirmware.Tests.NativeMedia;

/// <summary>
/// One shift through the store over each engine (the managed reference and the C path through P/Invoke, each on a
/// card of its own): every chunk file, every manifest, the chunk and clip reports and the audit lines are the same
/// byte for byte. The shift holds a pre-event ring with audio, its adoption, a mute, a marker, a sensitive flag,
/// two chunk roll-overs per clip, a clip roll-over and a second clip after buffering again.
/// </summary>
[TestClass]
public sealed class EngineIdentityTests
{
    [TestMethod]
    public void SameShift_GivesTheSameChunkFilesManifestsAndReports_FromBothEngines()
    {
        using var managed = Shift(MediaEngineKind.Managed);
        using var native = Shift(MediaEngineKind.Native);

        Assert.IsInstanceOfType<BwcFirmware.Drivers.Host.NativeMedia.NativeFramePath>(native.Pipeline.Engine);
        string[] files = Files(managed.Temp.Root);
        CollectionAssert.AreEqual(files, Files(native.Temp.Root), "the same files");
        Assert.IsTrue(files.Count(f => f.EndsWith(CardLayout.ChunkExtension, StringComparison.Ordinal)) >= 12, string.Join(", ", files));
        Assert.IsTrue(files.Count(f => f.EndsWith(CardLayout.ManifestName, StringComparison.Ordinal)) == 3, string.Join(", ", files));
        foreach (string file in files)
        {
            CollectionAssert.AreEqual(File.ReadAllBytes(Path.Combine(managed.Temp.Root, file)), File.ReadAllBytes(Path.Combine(native.Temp.Root, file)), file);
        }

        CollectionAssert.AreEqual(managed.Events.Chunks, native.Events.Chunks, "chunk reports");
        CollectionAssert.AreEqual(managed.Events.Clips, native.Events.Clips, "clip reports");
        CollectionAssert.AreEqual(managed.Audit.Lines, native.Audit.Lines, "audit lines");
        Assert.AreEqual(managed.Space.UsedBytes, native.Space.UsedBytes, "the space account");
    }

    private static MediaRig Shift(MediaEngineKind engine)
    {
        var rig = new MediaRig(new MediaSettings { ChunkSeconds = 4, PreEventSeconds = 6, PreEventAudio = true, MaxClipSeconds = 12 }, engine: engine);
        rig.Pipeline.StartBuffering(0);
        rig.Run(0, 9_950, 150);
        rig.Pipeline.StartClip(9_950, "record.double");
        rig.Run(9_950, 14_020, 70);
        rig.Pipeline.SetMuted(14_020, true);
        rig.Run(14_020, 16_500, 250);
        rig.Pipeline.Marker(16_500, "suspect left");
        rig.Pipeline.SetSensitive(16_600, true);
        rig.Run(16_600, 18_040, 90);
        rig.Pipeline.SetMuted(18_040, false);
        rig.Run(18_040, 27_000, 1_000);
        rig.Pipeline.StopClip(27_000, "record.press");
        rig.Run(27_000, 33_000, 100);
        rig.Pipeline.StartClip(33_000, "record.press");
        rig.Run(33_000, 38_310, 30);
        rig.Pipeline.StopClip(38_310, "record.hold");
        rig.Pipeline.StopBuffering(38_400);
        return rig;
    }

    private static string[] Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
}
