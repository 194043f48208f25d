using BwcFirmware.Drivers.Host.Camera;
using BwcFirmware.Drivers.Host.Hashing;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Tests.Avi;
using BwcFirmware.Tests.Card;

namespace BwcFirmware.Tests.Media;

/// <summary>Real JPEG frames and PCM through the whole pipeline, judged by ffprobe: every chunk plays as the manifest says.</summary>
[TestClass]
public sealed class PipelinePlaybackTests
{
    [TestMethod]
    [DataRow(MediaEngineKind.Managed)]
    [DataRow(MediaEngineKind.Native)]
    public void ClipWithPreEventAndMute_EveryChunkPlaysWithTheListedFramesAndDuration(MediaEngineKind engine)
    {
        using var temp = new TempCard();
        var camera = new SkiaFrameSource(new SimulatedCameraSettings { Width = 320, Height = 240, FramesPerSecond = 15, JpegQuality = 60 });
        var microphone = new SimulatedMicrophone(sampleRateHz: 16000);
        var space = CardSpace.Measure(temp.Durable, 1L << 30, 0, 4096);
        var settings = new MediaSettings { FrameWidth = 320, FrameHeight = 240, ChunkSeconds = 4, PreEventSeconds = 4 };
        var pipeline = Pipelines.Create(engine, settings, temp.Durable, space, camera, microphone, new HostSha256(), null, null, null);

        pipeline.StartBuffering(0);
        for (long t = 100; t <= 9_000; t += 100)
        {
            pipeline.Pump(t);
        }

        pipeline.StartClip(9_000, "record.double");
        for (long t = 9_100; t <= 17_000; t += 100)
        {
            pipeline.Pump(t);
            if (t == 12_000)
            {
                pipeline.SetMuted(t, true);
            }
        }

        pipeline.StopClip(17_000, "record.press");
        camera.Dispose();

        int clip = pipeline.ClipSequence;
        Assert.AreEqual(0, new ClipVerifier(temp.Durable, new Sha256(), new byte[8192]).Verify(CardLayout.ClipDirectory(clip), true).Count);
        ClipManifest manifest = ClipManifest.Load(temp.Durable, CardLayout.ClipManifest(clip));
        Assert.IsTrue(manifest.ChunkCount >= 3);
        for (int i = 0; i < manifest.ChunkCount; i++)
        {
            ManifestEntry chunk = manifest.ChunkAt(i);
            string path = Path.Combine(temp.Root, "clips", CardLayout.Sequence(clip), chunk.Name!);
            FfProbe probe = FfProbe.Run(path);
            Assert.AreEqual(string.Empty, probe.Errors, path);
            var video = probe.Stream("video");
            long frames = chunk.GetNumber(ManifestKeys.Frames, -1);
            Assert.AreEqual("mjpeg", FfProbe.Text(video, "codec_name"));
            Assert.AreEqual("15/1", FfProbe.Text(video, "r_frame_rate"));
            Assert.AreEqual(frames, FfProbe.Int(video, "nb_read_frames"), chunk.Name + ": every listed frame decodes");
            Assert.AreEqual(frames / 15.0, FfProbe.Seconds(video, "duration"), 0.001, chunk.Name);
            bool pre = chunk.Get(ManifestKeys.Pre) == "1";
            Assert.AreEqual(!pre, probe.HasStream("audio"), chunk.Name + ": audio in clip chunks only (pre-event is video only)");
            if (!pre)
            {
                var audio = probe.Stream("audio");
                Assert.AreEqual("pcm_s16le", FfProbe.Text(audio, "codec_name"));
                Assert.AreEqual(16000, FfProbe.Int(audio, "sample_rate"));
                Assert.AreEqual(chunk.GetNumber(ManifestKeys.AudioBytes, -1) / 2, (long)FfProbe.Int(audio, "nb_frames"));
            }
        }

        // Evidence for a person to look at: the chunks stay under the test output folder.
        (pipeline.Engine as IDisposable)?.Dispose();
        string keep = Path.Combine(AppContext.BaseDirectory, "pipeline-playback", engine == MediaEngineKind.Native ? "native" : "managed");
        Directory.CreateDirectory(keep);
        foreach (string file in Directory.GetFiles(Path.Combine(temp.Root, "clips", CardLayout.Sequence(clip))))
        {
            File.Copy(file, Path.Combine(keep, Path.GetFileName(file)), overwrite: true);
        }
    }
}
