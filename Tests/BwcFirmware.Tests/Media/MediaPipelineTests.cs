using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Tests.Card;

namespace BwcFirmware.Tests.Media;

[TestClass]
public sealed class MediaPipelineTests
{
    [TestMethod]
    [DataRow(MediaEngineKind.Managed)]
    [DataRow(MediaEngineKind.Native)]
    public void Recording_WritesTenSecondChunks_EachListedWithItsHash(MediaEngineKind engine)
    {
        using var rig = new MediaRig(new MediaSettings { DeviceId = "BWC-7", OfficerId = "4711" }, engine: engine);
        rig.Pipeline.StartClip(0, "record.press");
        rig.Run(0, 35_000);
        rig.Pipeline.StopClip(35_000, "record.press");

        int clip = rig.Pipeline.ClipSequence;
        Assert.AreEqual(0, new ClipVerifier(rig.Card, new Sha256(), new byte[4096]).Verify(CardLayout.ClipDirectory(clip), requireClosed: true).Count);
        ClipManifest manifest = ClipManifest.Load(rig.Card, CardLayout.ClipManifest(clip));
        Assert.AreEqual(4, manifest.ChunkCount);
        CollectionAssert.AreEqual(new long[] { 150, 150, 150, 75 }, Enumerable.Range(0, 4).Select(i => manifest.ChunkAt(i).GetNumber(ManifestKeys.Frames, 0)).ToArray());
        Assert.AreEqual(10_066, manifest.ChunkAt(1).GetNumber(ManifestKeys.First, -1), "frame 151 opens the second chunk");
        Assert.AreEqual("BWC-7", manifest.Start!.Get(ManifestKeys.Device));
        Assert.AreEqual("4711", manifest.Start.Get(ManifestKeys.Officer));
        Assert.AreEqual(ManifestFormat.UnknownUtc, manifest.Start.Get(ManifestKeys.Utc));
        Assert.AreEqual(4, rig.Events.Chunks.Count);
        Assert.AreEqual(manifest.ChunkAt(2).Get(ManifestKeys.Sha256), rig.Events.Chunks[2].Sha256);
        Assert.AreEqual(1, rig.Events.Clips.Count);
        Assert.AreEqual(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(CardBytes.ReadAll(rig.Card, CardLayout.ClipManifest(clip)))), rig.Events.Clips[0].ManifestSha256);

        var ids = CardClips.ChunkPaths(rig.Card, clip).SelectMany(p => CardClips.Read(rig.Card, p).Frames).Select(TestFrames.IndexOf).ToList();
        Assert.AreEqual(526, rig.Frames.Delivered);
        // Frame 0, captured at the very instant of the start command, belongs to the state before it.
        CollectionAssert.AreEqual(Enumerable.Range(1, 525).ToList(), ids, "every frame after the start up to 35 s, once, in order");
    }

    [TestMethod]
    [DataRow(MediaEngineKind.Managed)]
    [DataRow(MediaEngineKind.Native)]
    public void StartWhileBuffering_PreEventChunksJoinTheClipByRename_NoFrameLostOrDuplicatedAtTheSeam(MediaEngineKind engine)
    {
        using var rig = new MediaRig(new MediaSettings { PreEventSeconds = 30 }, engine: engine);
        rig.Pipeline.StartBuffering(0);
        rig.Run(0, 64_300);
        rig.Pipeline.StartClip(64_300, "record.double");
        rig.Run(64_300, 80_000);
        rig.Pipeline.StopClip(80_000, "record.press");

        int clip = rig.Pipeline.ClipSequence;
        ClipManifest manifest = ClipManifest.Load(rig.Card, CardLayout.ClipManifest(clip));
        var pre = Enumerable.Range(0, manifest.ChunkCount).Select(manifest.ChunkAt).Where(c => c.Get(ManifestKeys.Pre) == "1").ToList();
        Assert.IsTrue(pre.Count >= 3, "at least 30 s of 10 s chunks before the seam");
        Assert.IsTrue(pre.All(c => c.Get(ManifestKeys.From)!.StartsWith("ring/", StringComparison.Ordinal)));
        long covered = pre.Sum(c => c.GetNumber(ManifestKeys.Last, 0) - c.GetNumber(ManifestKeys.First, 0) + 66);
        Assert.IsTrue(covered >= 30_000, $"pre-event covers {covered} ms");
        Assert.IsTrue(covered < 45_000, $"pre-event is trimmed: {covered} ms");
        Assert.AreEqual(0, rig.Card.ListFiles(CardLayout.RingDirectory).Length, "the ring's chunks moved into the clip");

        var ids = CardClips.ChunkPaths(rig.Card, clip).SelectMany(p => CardClips.Read(rig.Card, p).Frames).Select(TestFrames.IndexOf).ToList();
        int first = ids[0];
        CollectionAssert.AreEqual(Enumerable.Range(first, ids.Count).ToList(), ids, "consecutive frames across the seam");
        Assert.AreEqual((int)rig.Frames.Delivered - 1, ids[^1]);
        Assert.AreEqual(0, new ClipVerifier(rig.Card, new Sha256(), new byte[4096]).Verify(CardLayout.ClipDirectory(clip), true).Count);
        Assert.IsTrue(pre.All(c => c.GetNumber(ManifestKeys.Frames, 0) > 0));
    }

    [TestMethod]
    [DataRow(MediaEngineKind.Managed)]
    [DataRow(MediaEngineKind.Native)]
    public void PreEventRing_IsVideoOnlyByDefault_AndKeepsAudioWhenConfigured(MediaEngineKind engine)
    {
        foreach (bool preEventAudio in new[] { false, true })
        {
            using var rig = new MediaRig(new MediaSettings { PreEventSeconds = 10, PreEventAudio = preEventAudio }, engine: engine);
            rig.Pipeline.StartBuffering(0);
            rig.Run(0, 25_000);
            rig.Pipeline.StartClip(25_000, "record.press");
            rig.Run(25_000, 30_000);
            rig.Pipeline.StopClip(30_000, "record.press");

            var chunks = CardClips.ChunkPaths(rig.Card, rig.Pipeline.ClipSequence).Select(p => CardClips.Read(rig.Card, p)).ToList();
            Assert.AreEqual(preEventAudio, chunks[0].Audio.Length > 0, "pre-event audio as configured");
            Assert.IsTrue(chunks[^1].Audio.Length > 0, "the clip itself has audio");
        }
    }

    [TestMethod]
    [DataRow(MediaEngineKind.Managed)]
    [DataRow(MediaEngineKind.Native)]
    public void PrivacyMute_WritesSilenceForExactlyTheMutedSpan_AndKeepsAudioInStep(MediaEngineKind engine)
    {
        using var rig = new MediaRig(new MediaSettings(), engine: engine);
        rig.Pipeline.StartClip(0, "record.press");
        rig.Run(0, 4_000);
        rig.Pipeline.SetMuted(4_050, true);
        rig.Run(4_000, 9_000);
        rig.Pipeline.SetMuted(9_000, false);
        rig.Run(9_000, 12_000);
        rig.Pipeline.StopClip(12_000, "record.press");

        int clip = rig.Pipeline.ClipSequence;
        byte[] audio = CardClips.ChunkPaths(rig.Card, clip).SelectMany(p => CardClips.Read(rig.Card, p).Audio).ToArray();
        int rate = rig.Audio!.SampleRateHz;
        Assert.AreEqual(12_000L * rate / 1000 * 2, audio.Length, "audio for the whole clip: as long as the video");
        short[] samples = new short[audio.Length / 2];
        Buffer.BlockCopy(audio, 0, samples, 0, audio.Length);
        int muteFrom = 4_050 * rate / 1000;
        int muteTo = 9_000 * rate / 1000;
        for (int n = 0; n < samples.Length; n++)
        {
            short expected = n >= muteFrom && n < muteTo ? (short)0 : TestAudio.SampleAt(n);
            Assert.AreEqual(expected, samples[n], $"sample {n}");
        }

        string manifest = CardClips.Manifest(rig.Card, clip);
        StringAssert.Contains(manifest, "mute mono=4050 state=on\n");
        StringAssert.Contains(manifest, "mute mono=9000 state=off\n");
    }

    [TestMethod]
    [DataRow(MediaEngineKind.Managed)]
    [DataRow(MediaEngineKind.Native)]
    public void ClipReachingItsLimit_RollsOverIntoANewClipThatContinuesIt(MediaEngineKind engine)
    {
        using var rig = new MediaRig(new MediaSettings { ChunkSeconds = 5, MaxClipSeconds = 20 }, engine: engine);
        rig.Pipeline.StartClip(0, "record.press");
        rig.Pipeline.Marker(1_000, "first");
        rig.Run(0, 50_000);
        rig.Pipeline.StopClip(50_000, "record.press");

        List<int> clips = CardClips.Clips(rig.Card);
        Assert.AreEqual(3, clips.Count);
        var ids = new List<int>();
        foreach (int clip in clips)
        {
            Assert.AreEqual(0, new ClipVerifier(rig.Card, new Sha256(), new byte[4096]).Verify(CardLayout.ClipDirectory(clip), true).Count);
            ids.AddRange(CardClips.ChunkPaths(rig.Card, clip).SelectMany(p => CardClips.Read(rig.Card, p).Frames).Select(TestFrames.IndexOf));
        }

        CollectionAssert.AreEqual(Enumerable.Range(1, 750).ToList(), ids, "no frame lost or doubled across roll-overs");
        ClipManifest second = ClipManifest.Load(rig.Card, CardLayout.ClipManifest(clips[1]));
        Assert.AreEqual(ManifestFormat.RolloverCause, second.Start!.Cause);
        Assert.AreEqual(CardLayout.Sequence(clips[0]), second.Start.Get(ManifestKeys.Continues));
        Assert.AreEqual(ManifestFormat.RolloverCause, ClipManifest.Load(rig.Card, CardLayout.ClipManifest(clips[0])).Stop!.Cause);
        Assert.AreEqual(3, rig.Events.Clips.Count);
    }

    [TestMethod]
    [DataRow(MediaEngineKind.Managed)]
    [DataRow(MediaEngineKind.Native)]
    public void PowerCutWhileRecording_LosesAtMostTheFlushInterval_AndRecoveryClosesTheClip(MediaEngineKind engine)
    {
        for (int seed = 1; seed <= 8; seed++)
        {
            using var rig = new MediaRig(new MediaSettings(), seed: seed, engine: engine);
            rig.Card.TearLastWrite = false;
            rig.Pipeline.StartClip(0, "record.press");
            long cutAt = 12_000 + (seed * 1_370);
            rig.Run(0, cutAt);
            long lastFed = rig.Frames.CaptureTimeOf(rig.Frames.Delivered - 1);
            rig.CutPowerAndBoot(cutAt + 5_000);

            int clip = CardClips.Clips(rig.Card).Single();
            Assert.AreEqual(0, new ClipVerifier(rig.Card, new Sha256(), new byte[4096]).Verify(CardLayout.ClipDirectory(clip), true).Count);
            ClipManifest manifest = ClipManifest.Load(rig.Card, CardLayout.ClipManifest(clip));
            Assert.AreEqual(ManifestFormat.RecoveredCause, manifest.Stop!.Cause);
            var ids = CardClips.ChunkPaths(rig.Card, clip).SelectMany(p => CardClips.Read(rig.Card, p).Frames).Select(TestFrames.IndexOf).ToList();
            CollectionAssert.AreEqual(Enumerable.Range(1, ids.Count).ToList(), ids);
            long lastKept = rig.Frames.CaptureTimeOf(ids[^1]);
            Assert.IsTrue(lastFed - lastKept <= rig.Settings.FlushIntervalMs, $"seed {seed}: lost {lastFed - lastKept} ms");
            Assert.IsTrue(rig.Audit.Count("recovery clip=") > 0, "recovery is in the audit log");
        }
    }
}
