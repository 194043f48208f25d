using BwcFirmware.Drivers.Host.Camera;
using BwcFirmware.Shared.Media.Avi;
using BwcFirmware.Tests.Fakes;

namespace BwcFirmware.Tests.Avi;

/// <summary>A chunk written by the writer from the simulated camera and microphone, with everything that was fed.</summary>
internal sealed class RecordedChunk
{
    public required byte[] File { get; init; }

    public required List<byte[]> Frames { get; init; }

    public required List<byte[]> AudioChunks { get; init; }

    public required int TimelineFrames { get; init; }

    /// <summary>The header as Begin wrote it, before Finish patched its sizes.</summary>
    public required byte[] BegunHeader { get; init; }

    /// <summary>The file as the card holds it just before Finish's header patch: what a power cut leaves behind.</summary>
    public byte[] Unpatched => BegunHeader.Concat(File.Skip(BegunHeader.Length)).ToArray();

    public long AudioSamples => AudioChunks.Sum(a => (long)a.Length) / 2;

    /// <summary>Writes the chunk to a file of its own for ffprobe.</summary>
    public string SaveTo(string directory, string name)
    {
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, name);
        System.IO.File.WriteAllBytes(path, File);
        return path;
    }
}

/// <summary>Records chunks the way the media pipeline does: one frame, then the audio captured up to it.</summary>
internal static class ChunkRecorder
{
    public const string ChunkPath = "clips/000001/000001.avi";

    public static RecordedChunk Record(int frames, int audioSampleRateHz, int width = 640, int height = 480, int fps = 15,
        int seed = 1, int jitterMs = 0, int[]? skipFrames = null)
    {
        var settings = new SimulatedCameraSettings
        {
            Width = width,
            Height = height,
            FramesPerSecond = fps,
            Seed = seed,
            DeviceId = "BWC-0042",
            CaptureJitterMs = jitterMs,
            QueueDepth = 1000,
        };
        using var camera = new SkiaFrameSource(settings, ms => new DateTime(2026, 11, 26, 4, 0, 0, DateTimeKind.Utc).AddMilliseconds(ms));
        var format = new AviFormat(width, height, fps, frames + 16, camera.MaxFrameBytes);
        SimulatedMicrophone? microphone = null;
        if (audioSampleRateHz > 0)
        {
            format.WithAudio(audioSampleRateHz, frames + 16, audioSampleRateHz * 4 / fps + 4);
            microphone = new SimulatedMicrophone(audioSampleRateHz, seed);
        }

        var card = new MemoryCard();
        card.CreateDirectory("clips/000001");
        var writer = new AviChunkWriter(format);
        byte[] frame = new byte[camera.MaxFrameBytes];
        byte[] audio = new byte[format.HasAudio ? format.MaxAudioChunkBytes : 2];
        var fedFrames = new List<byte[]>();
        var fedAudio = new List<byte[]>();
        var skipped = new HashSet<int>(skipFrames ?? Array.Empty<int>());

        byte[] begunHeader;
        using (var file = card.Create(ChunkPath))
        {
            writer.Begin(file);
            begunHeader = card.Bytes(ChunkPath);
            int index = 0;
            while (fedFrames.Count < frames)
            {
                long now = camera.CaptureTimeOf(index);
                Assert.IsTrue(camera.TryReadFrame(now, frame, out int length, out long captured));
                if (!skipped.Contains(index))
                {
                    writer.WriteVideoFrame(frame, 0, length, captured);
                    fedFrames.Add(frame.AsSpan(0, length).ToArray());
                }

                if (microphone != null)
                {
                    int bytes = microphone.Read(now, audio, 0, audio.Length);
                    if (bytes > 0)
                    {
                        writer.WriteAudio(audio, 0, bytes);
                        fedAudio.Add(audio.AsSpan(0, bytes).ToArray());
                    }
                }

                index++;
            }

            writer.Finish();
        }

        Assert.AreEqual(fedFrames.Count, writer.VideoFrames);
        return new RecordedChunk
        {
            File = card.Bytes(ChunkPath),
            Frames = fedFrames,
            AudioChunks = fedAudio,
            TimelineFrames = writer.TimelineFrames,
            BegunHeader = begunHeader,
        };
    }
}
