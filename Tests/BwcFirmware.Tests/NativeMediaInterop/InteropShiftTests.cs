using System.Security.Cryptography;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media;
using BwcFirmware.Tests.Fakes;
using BwcFirmware.Tests.Media;

namespace BwcFirmware.Tests.NativeMediaInterop;

/// <summary>
/// The managed half of the interop check (Tests/NativeMediaInterop/run-on-nanoclr.sh): the managed engine records
/// <see cref="InteropShift"/> from the test pattern, as the native path does inside nanoCLR; with
/// BWC_INTEROP_SHIFT_OUT set, its chunk files are written there for the byte-for-byte comparison.
/// </summary>
[TestClass]
public sealed class InteropShiftTests
{
    [TestMethod]
    public void InteropShift_ConfiguresTheNativePathAsTheManagedEngineIsConfigured()
    {
        MediaSettings settings = Settings();

        // The nanoFramework app configures the native path from InteropShift's numbers; they must be the engine's.
        Assert.AreEqual(InteropShift.MaxFramesPerChunk, settings.MaxFramesPerChunk);
        Assert.AreEqual(InteropShift.MaxAudioChunksPerChunk, settings.MaxAudioChunksPerChunk);
        Assert.AreEqual(InteropShift.MaxAudioChunkBytes, settings.MaxAudioChunkBytes);
        Assert.AreEqual(InteropShift.FlushIntervalMs, settings.FlushIntervalMs);
        Assert.AreEqual(InteropShift.ChunkSeconds * 1000L, settings.ChunkMs);
    }

    [TestMethod]
    public void ManagedEngine_RecordsTheInteropShift_TwoClipsOfTwoSecondChunks()
    {
        var card = new MemoryCard();
        var events = new EventRecorder();
        Record(card, events);

        string[] chunks = Chunks(card);
        CollectionAssert.AreEqual(
            new[] { "clips/000001/000001.avi", "clips/000001/000002.avi", "clips/000001/000003.avi", "clips/000002/000001.avi" },
            chunks);
        // Frames after the start command up to the stop command's time, 2 s a chunk (15 fps: 30 frames).
        CollectionAssert.AreEqual(new[] { 30, 30, 6, 19 }, events.Chunks.Select(c => c.Frames).ToArray());
        for (int i = 0; i < chunks.Length; i++)
        {
            Assert.AreEqual(Convert.ToHexStringLower(SHA256.HashData(card.Bytes(chunks[i]))), events.Chunks[i].Sha256, chunks[i]);
        }

        string? output = Environment.GetEnvironmentVariable("BWC_INTEROP_SHIFT_OUT");
        if (!string.IsNullOrEmpty(output))
        {
            foreach (string chunk in chunks)
            {
                string path = Path.Combine(output, chunk);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, card.Bytes(chunk));
            }
        }
    }

    [TestMethod]
    public void TestPattern_FramesFitTheShiftsLargestFrame()
    {
        byte[] frame = new byte[InteropShift.MaxFrameBytes];
        int largest = Enumerable.Range(0, 1200).Max(k => TestPatternCamera.Frame(k, frame));

        Assert.AreEqual(1599, largest);
        Assert.IsTrue(largest <= InteropShift.MaxFrameBytes);
    }

    private static MediaSettings Settings() => new()
    {
        DeviceId = "BWC-INTEROP",
        FrameWidth = InteropShift.Width,
        FrameHeight = InteropShift.Height,
        FramesPerSecond = InteropShift.FramesPerSecond,
        ChunkSeconds = InteropShift.ChunkSeconds,
        PreEventSeconds = 0,
        RecordAudio = true,
        FlushIntervalMs = InteropShift.FlushIntervalMs,
    };

    private static void Record(MemoryCard card, EventRecorder events)
    {
        var space = CardSpace.Measure(card, 1L << 30, 0, 4096);
        var pipeline = Pipelines.Managed(Settings(), card, space,
            new TestPatternCamera(InteropShift.FramesPerSecond, InteropShift.MaxFrameBytes),
            TestPatternMicrophone.Create(InteropShift.SampleRateHz), new Sha256(), null, null, events);
        int next = 0;
        for (long t = InteropShift.StepMs; t <= InteropShift.EndMs; t += InteropShift.StepMs)
        {
            for (; next < InteropShift.Times.Length && InteropShift.Times[next] <= t; next++)
            {
                Run(pipeline, InteropShift.Commands[next], InteropShift.Times[next]);
            }

            pipeline.Pump(t);
        }
    }

    private static void Run(MediaPipeline pipeline, int command, long nowMs)
    {
        switch (command)
        {
            case InteropShift.StartClip:
                pipeline.StartClip(nowMs, "interop");
                break;
            case InteropShift.MuteOn:
                pipeline.SetMuted(nowMs, true);
                break;
            case InteropShift.MuteOff:
                pipeline.SetMuted(nowMs, false);
                break;
            case InteropShift.StopClip:
                pipeline.StopClip(nowMs, "interop");
                break;
        }
    }

    private static string[] Chunks(MemoryCard card) =>
        card.ListDirectories("clips").Order(StringComparer.Ordinal)
            .SelectMany(clip => card.ListFiles("clips/" + clip).Where(f => f.EndsWith(".avi", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).Select(f => "clips/" + clip + "/" + f))
            .ToArray();
}
