using System.Diagnostics;
using BwcFirmware.Drivers.Host.Camera;
using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Drivers.Host.Hashing;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.CardStore;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Media.Avi;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Tests.Avi;
using BwcFirmware.Tests.Card;
using BwcFirmware.Tests.Fakes;

namespace BwcFirmware.Tests.Media;

/// <summary>
/// Chunks made with real JPEG frames, judged by VLC 3 (its own AVI demuxer, not ffmpeg's): every chunk opens
/// without an index complaint, with the fed frame count, rate, duration, pictures and samples.
/// </summary>
[TestClass]
public sealed class VlcPlaybackTests
{
    private const int Fps = 15;

    private static string OutputDirectory => Path.Combine(AppContext.BaseDirectory, "test-output", "vlc");

    [TestMethod]
    [DataRow(MediaEngineKind.Managed)]
    [DataRow(MediaEngineKind.Native)]
    public void ClipWithPreEventVideo_EveryChunk_AdoptedPreEventAndFullWithAudio_PlaysInVlcAsFed(MediaEngineKind engine)
    {
        List<(string Path, FedChunk Fed, bool Pre)> chunks = RecordClip(engine);

        List<VlcReport> reports = Vlc.PlayAll(chunks.Select(c => c.Path));

        foreach (var ((path, fed, pre), vlc) in chunks.Zip(reports))
        {
            VlcChecks.AssertPlaysAsFed(vlc, fed, path);
            Console.WriteLine(Path.GetFileName(path) + (pre ? " (pre-event)" : string.Empty) + ": " + vlc.IndexEntries[0] + " frames at " + vlc.FramesPerSecond + " fps, "
                + (vlc.HasAudio ? vlc.AudioRateHz + " Hz audio" : "no audio"));
        }

        Assert.IsTrue(chunks.Any(c => c.Pre && c.Fed.Pcm == null), "pre-event chunks adopted into the clip, video only");
        Assert.IsTrue(chunks.Any(c => !c.Pre && c.Fed.Pcm != null && c.Fed.TimelineSlots == 2 * Fps), "full 2 s chunks with audio");
    }

    [TestMethod]
    public void TenSecondChunkAtTheDefaultSettings_PlaysInVlc_As150FramesOf640x480_WithItsAudio()
    {
        // The chunk the device writes by default: 10 s, 640x480 at 15 fps, 16 kHz mono PCM.
        RecordedChunk chunk = ChunkRecorder.Record(frames: 150, audioSampleRateHz: 16000);
        string path = chunk.SaveTo(OutputDirectory, "ten-seconds.avi");

        VlcReport vlc = Vlc.Play(path);

        VlcChecks.AssertPlaysAsFed(vlc, Fed(chunk, 640, 480), path);
        Assert.AreEqual(150, vlc.IndexEntries[0]);
        Assert.AreEqual(10, vlc.LengthSeconds[0]);
        Assert.AreEqual(75, vlc.SeekSlot);
    }

    [TestMethod]
    public void VideoOnlyChunk_PlaysInVlc_WithoutAnAudioTrack()
    {
        RecordedChunk chunk = ChunkRecorder.Record(frames: 45, audioSampleRateHz: 0, width: 320, height: 240);
        string path = chunk.SaveTo(OutputDirectory, "video-only.avi");

        VlcReport vlc = Vlc.Play(path);

        VlcChecks.AssertPlaysAsFed(vlc, Fed(chunk, 320, 240), path);
        Assert.AreEqual(1, vlc.Streams);
        Assert.AreEqual(3, vlc.LengthSeconds[0]);
    }

    [TestMethod]
    public void ChunkWithSkippedFrameSlots_PlaysInVlc_ForAsLongAsTheCameraRan_WithEachPictureAtItsSlot()
    {
        // 30 slots at 15 fps; the camera never delivered frames 5, 6, 15 and 20: 26 pictures over 2 s. Slot 15 is
        // where the seek run starts, so VLC has to fall back to the picture of slot 14.
        int[] skipped = { 5, 6, 15, 20 };
        RecordedChunk chunk = ChunkRecorder.Record(frames: 26, audioSampleRateHz: 16000, width: 320, height: 240, skipFrames: skipped);
        string path = chunk.SaveTo(OutputDirectory, "skipped-slots.avi");
        List<int> slots = Enumerable.Range(0, 30).Where(s => !skipped.Contains(s)).ToList();

        VlcReport vlc = Vlc.Play(path);

        VlcChecks.AssertPlaysAsFed(vlc, Fed(chunk, 320, 240, slots), path);
        Assert.AreEqual(30, vlc.IndexEntries[0], "VLC counts the held slots as frames");
        Assert.AreEqual(25, vlc.VideoPackets.Count, "empty 00dc chunks carry no picture");
        Assert.AreEqual(3 * 1_000_000L / Fps, vlc.VideoPackets[5].DtsDifferenceUs, 1, "picture 5 (slot 7) comes three frame times after picture 4");
        Assert.AreEqual(15, vlc.SeekSlot);
        Assert.AreEqual(VlcChecks.Md5(chunk.Frames[slots.IndexOf(14)]), vlc.SeekFirstPictureMd5, "a seek into skipped slot 15 shows slot 14's picture");
    }

    [TestMethod]
    public void ChunkRepairedAfterAPowerCut_PlaysInVlc_ToTheLastWholeFrame_WithoutAnIndexComplaint()
    {
        // Every shape of tail a repair leaves (JUNK over a partial frame or header, a pad byte put back, an old
        // partial idx1 under JUNK, a whole idx1 whose header patch never came), and the pictures before it.
        RecordedChunk chunk = ChunkRecorder.Record(frames: 45, audioSampleRateHz: 16000, width: 320, height: 240);
        List<AviChunk> written = AviInspector.ReadIndexed(chunk.File);
        List<AviChunk> frames = written.Where(c => c.Id == "00dc").ToList();
        AviChunk odd = frames.Skip(20).First(c => c.Data.Length % 2 == 1);
        long idx1 = written[^1].Position + 8 + written[^1].Data.Length + (written[^1].Data.Length & 1);
        var cuts = new (string Name, long Cut)[]
        {
            ("mid-frame", frames[37].Position + 8 + (frames[37].Data.Length / 2)),
            ("mid-chunk-header", frames[30].Position + 5),
            ("frame-without-pad", odd.Position + 8 + odd.Data.Length),
            ("mid-idx1", idx1 + 8 + (16 * 7) + 3),
            ("whole-idx1-header-unpatched", chunk.File.Length),
        };
        var repaired = new List<(string Path, AviRepairResult Repair, FedChunk Fed)>();
        foreach (var (name, cut) in cuts)
        {
            var card = new MemoryCard();
            card.CreateDirectory("clips/000001");
            card.Put(ChunkRecorder.ChunkPath, chunk.Unpatched.AsSpan(0, (int)cut).ToArray());
            AviRepairResult repair = AviChunkRepair.Repair(card, ChunkRecorder.ChunkPath, new byte[4096]);
            Directory.CreateDirectory(OutputDirectory);
            string path = Path.Combine(OutputDirectory, "repaired-" + name + ".avi");
            File.WriteAllBytes(path, card.Bytes(ChunkRecorder.ChunkPath));
            List<AviChunk> kept = written.Where(c => c.Position + 8 + c.Data.Length <= cut).ToList();
            int pictures = kept.Count(c => c.Id == "00dc");
            repaired.Add((path, repair, new FedChunk
            {
                Width = 320,
                Height = 240,
                FramesPerSecond = Fps,
                TimelineSlots = pictures,
                Pictures = chunk.Frames.Take(pictures).ToList(),
                AudioChunks = kept.Count(c => c.Id == "01wb"),
                Pcm = kept.Where(c => c.Id == "01wb").SelectMany(c => c.Data).ToArray(),
                SampleRateHz = 16000,
            }));
        }

        List<VlcReport> reports = Vlc.PlayAll(repaired.Select(r => r.Path));

        foreach (var ((path, repair, fed), vlc) in repaired.Zip(reports))
        {
            Assert.AreEqual(AviRepairOutcome.Repaired, repair.Outcome, path);
            Assert.AreEqual(fed.TimelineSlots, repair.VideoFrames, path);
            VlcChecks.AssertPlaysAsFed(vlc, fed, path);
        }

        Assert.AreEqual(37, repaired[0].Fed.TimelineSlots, "mid-frame: the 37 whole frames before the cut");
    }

    [TestMethod]
    [DataRow(MediaEngineKind.Managed)]
    [DataRow(MediaEngineKind.Native)]
    public void ClipCutByAPowerCut_RecoveredAtBoot_EveryChunkPlaysInVlc_TheRepairedOneToItsLastFlush(MediaEngineKind engine)
    {
        // The real pipeline on a card that loses everything not flushed (the last write may be torn), cut 1.5 s
        // into the second 2 s chunk; boot recovery repairs that chunk and closes the clip.
        using var temp = new TempCard();
        FaultInjectingCardFileSystem card = temp.Faulty(seed: 3);
        using var skia = new SkiaFrameSource(new SimulatedCameraSettings { Width = 320, Height = 240, FramesPerSecond = Fps, JpegQuality = 60 });
        var camera = new RecordingFrameSource(skia);
        var microphone = new RecordingAudioSource(new SimulatedMicrophone(sampleRateHz: 16000));
        var space = CardSpace.Measure(card, 1L << 30, 0, 4096);
        var settings = new MediaSettings { FrameWidth = 320, FrameHeight = 240, ChunkSeconds = 2, PreEventSeconds = 2 };
        var pipeline = Pipelines.Create(engine, settings, card, space, camera, microphone, new HostSha256(), null, null, null);
        pipeline.StartClip(0, "record.press");
        for (long t = 100; t <= 3_650; t += 50)
        {
            pipeline.Pump(t);
        }

        card.CutPower();
        card.PowerOn();
        RecoveryReport recovery = new BootRecovery(card, new Sha256(), null).Run(10_000);

        Assert.AreEqual(1, recovery.ChunksRepaired);
        List<(string Path, FedChunk Fed, bool Pre)> chunks = Collect(temp, CardClips.Clips(card).Single(), camera, microphone, "power-cut");
        ClipManifest manifest = ClipManifest.Load(card, CardLayout.ClipManifest(CardClips.Clips(card).Single()));
        Assert.AreEqual(2, chunks.Count);
        Assert.AreEqual(30, chunks[0].Fed.TimelineSlots);
        Assert.IsTrue(chunks[1].Fed.TimelineSlots is > 0 and < 30, "the repaired chunk keeps what was flushed: " + chunks[1].Fed.TimelineSlots);
        Assert.AreEqual("1", manifest.ChunkAt(1).Get(ManifestKeys.Recovered));
        foreach (var ((path, fed, _), vlc) in chunks.Zip(Vlc.PlayAll(chunks.Select(c => c.Path))))
        {
            VlcChecks.AssertPlaysAsFed(vlc, fed, path);
        }
    }

    [TestMethod]
    public void ChunksWithABrokenIndex_AreReportedByTheCheck()
    {
        // The check itself must be able to fail. Two chunks it has to reject:
        RecordedChunk chunk = ChunkRecorder.Record(frames: 45, audioSampleRateHz: 16000, width: 320, height: 240);
        AviChunk cutFrame = AviInspector.ReadIndexed(chunk.File).Where(c => c.Id == "00dc").ElementAt(37);
        int cut = (int)(cutFrame.Position + 8 + (cutFrame.Data.Length / 2));
        Directory.CreateDirectory(OutputDirectory);

        // a chunk cut by a power cut and not yet repaired: no idx1, zero sizes in the header, so VLC knows
        // neither the frame count nor the duration (it can only scan);
        string unrepaired = Path.Combine(OutputDirectory, "cut-unrepaired.avi");
        File.WriteAllBytes(unrepaired, chunk.Unpatched.AsSpan(0, cut).ToArray());
        VlcReport cutReport = Vlc.Play(unrepaired, seek: false, playback: false);
        CollectionAssert.Contains(cutReport.Complaints, "avi demux warning: cannot find idx1 chunk, no index defined", cutReport.DemuxSummary);
        Assert.AreEqual(0, cutReport.IndexEntries[0], cutReport.DemuxSummary);

        // a closed chunk that lost its tail (idx1 and the last frames): the header promises 45 frames, so VLC
        // says the index is broken, which is where its "Broken or missing Index" dialog asks the user to repair.
        string truncated = Path.Combine(OutputDirectory, "closed-truncated.avi");
        File.WriteAllBytes(truncated, chunk.File.AsSpan(0, cut).ToArray());
        VlcReport truncatedReport = Vlc.Play(truncated, seek: false, playback: false);
        CollectionAssert.Contains(truncatedReport.Complaints, "avi demux warning: broken or missing index, 'seek' will be approximative or will exhibit strange behavior", truncatedReport.DemuxSummary);
        Assert.ThrowsExactly<AssertFailedException>(() => VlcChecks.AssertPlaysAsFed(truncatedReport, Fed(chunk, 320, 240), truncated));
    }

    [TestMethod]
    public void VlcStreamOutput_HoldsBackTheLastPacketOfEachStream_AlsoOnAnAviFfmpegWrote()
    {
        // Why the demux run sees every picture but the last: a property of VLC's stream output, not of our chunks.
        RecordedChunk chunk = ChunkRecorder.Record(frames: 30, audioSampleRateHz: 16000, width: 320, height: 240);
        string ours = chunk.SaveTo(OutputDirectory, "control-ours.avi");
        string theirs = Path.Combine(OutputDirectory, "control-ffmpeg.avi");
        Remux(ours, theirs);

        VlcReport vlc = Vlc.Play(theirs);

        Assert.AreEqual(30, vlc.IndexEntries[0], vlc.DemuxSummary);
        Assert.AreEqual(29, vlc.VideoPackets.Count, vlc.DemuxSummary);
        CollectionAssert.AreEqual(chunk.Frames.Take(29).Select(f => VlcChecks.Md5(f)).ToList(), vlc.VideoPackets.Select(p => p.Md5).ToList());
    }

    private static FedChunk Fed(RecordedChunk chunk, int width, int height, IReadOnlyList<int>? slots = null) => new()
    {
        Width = width,
        Height = height,
        FramesPerSecond = Fps,
        TimelineSlots = chunk.TimelineFrames,
        Pictures = chunk.Frames,
        PictureSlots = slots,
        AudioChunks = chunk.AudioChunks.Count,
        Pcm = chunk.AudioChunks.Count == 0 ? null : chunk.AudioChunks.SelectMany(a => a).ToArray(),
        SampleRateHz = 16000,
    };

    /// <summary>
    /// The real pipeline with the simulated camera (SkiaSharp JPEG) and microphone: 2 s chunks, 4 s of
    /// pre-event buffer, double press at 5 s, stop at 9 s. Every chunk of the clip, with what was fed into it.
    /// </summary>
    private static List<(string Path, FedChunk Fed, bool Pre)> RecordClip(MediaEngineKind engine)
    {
        using var temp = new TempCard();
        using var skia = new SkiaFrameSource(new SimulatedCameraSettings { Width = 320, Height = 240, FramesPerSecond = Fps, JpegQuality = 60 });
        var camera = new RecordingFrameSource(skia);
        var microphone = new RecordingAudioSource(new SimulatedMicrophone(sampleRateHz: 16000));
        var space = CardSpace.Measure(temp.Durable, 1L << 30, 0, 4096);
        var settings = new MediaSettings { FrameWidth = 320, FrameHeight = 240, ChunkSeconds = 2, PreEventSeconds = 4 };
        var pipeline = Pipelines.Create(engine, settings, temp.Durable, space, camera, microphone, new HostSha256(), null, null, null);

        pipeline.StartBuffering(0);
        for (long t = 100; t <= 5_000; t += 100)
        {
            pipeline.Pump(t);
        }

        pipeline.StartClip(5_000, "record.double");
        for (long t = 5_100; t <= 9_000; t += 100)
        {
            pipeline.Pump(t);
        }

        pipeline.StopClip(9_000, "record.press");
        (pipeline.Engine as IDisposable)?.Dispose();

        return Collect(temp, pipeline.ClipSequence, camera, microphone, engine == MediaEngineKind.Native ? "clip-native" : "clip");
    }

    /// <summary>Every chunk the clip's manifest lists, copied out of the card, with the frames and samples fed into it.</summary>
    private static List<(string Path, FedChunk Fed, bool Pre)> Collect(TempCard temp, int clip, RecordingFrameSource camera, RecordingAudioSource microphone, string folder)
    {
        ClipManifest manifest = ClipManifest.Load(temp.Durable, CardLayout.ClipManifest(clip));
        byte[] fedPcm = microphone.Fed;
        string keep = Path.Combine(OutputDirectory, folder);
        Directory.CreateDirectory(keep);
        var chunks = new List<(string, FedChunk, bool)>();
        for (int i = 0; i < manifest.ChunkCount; i++)
        {
            ManifestEntry entry = manifest.ChunkAt(i);
            string path = Path.Combine(keep, entry.Name);
            File.Copy(Path.Combine(temp.Root, "clips", CardLayout.Sequence(clip), entry.Name), path, overwrite: true);
            List<AviChunk> written = AviInspector.ReadIndexed(File.ReadAllBytes(path));

            // A recovered chunk has no last frame time in the manifest: its frames are those from the first on.
            int frames = (int)entry.GetNumber(ManifestKeys.Frames, -1);
            List<byte[]> pictures = camera.From(entry.GetNumber(ManifestKeys.First, -1)).Take(frames).ToList();
            Assert.AreEqual(frames, pictures.Count, entry.Name);
            byte[] pcm = written.Where(c => c.Id == "01wb").SelectMany(c => c.Data).ToArray();
            if (pcm.Length > 0)
            {
                Assert.IsTrue(fedPcm.AsSpan().IndexOf(pcm) >= 0, entry.Name + ": the chunk's audio is a stretch of what the microphone gave");
            }

            var fed = new FedChunk
            {
                Width = 320,
                Height = 240,
                FramesPerSecond = Fps,
                TimelineSlots = written.Count(c => c.Id == "00dc"),
                Pictures = pictures,
                AudioChunks = written.Count(c => c.Id == "01wb"),
                Pcm = pcm.Length > 0 ? pcm : null,
                SampleRateHz = 16000,
            };
            Assert.AreEqual(pictures.Count, fed.TimelineSlots, entry.Name + ": the simulated camera skips no frame");
            chunks.Add((path, fed, entry.Get(ManifestKeys.Pre) == "1"));
        }

        return chunks;
    }

    private static void Remux(string from, string to)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { "-v", "error", "-y", "-i", from, "-c", "copy", to })
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.AreEqual(0, process.ExitCode, errors);
    }
}
