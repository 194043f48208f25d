using BwcFirmware.Drivers.Host.Camera;

namespace BwcFirmware.Tests.Camera;

[TestClass]
public sealed class SimulatedCameraTests
{
    private static SimulatedCameraSettings Small(int seed = 7) => new()
    {
        Width = 160,
        Height = 120,
        Seed = seed,
        DeviceId = "BWC-0042",
    };

    private static List<byte[]> Read(SkiaFrameSource camera, long untilMs, long stepMs)
    {
        var frames = new List<byte[]>();
        byte[] buffer = new byte[camera.MaxFrameBytes];
        for (long now = 0; now <= untilMs; now += stepMs)
        {
            while (camera.TryReadFrame(now, buffer, out int length, out _))
            {
                frames.Add(buffer.AsSpan(0, length).ToArray());
            }
        }

        return frames;
    }

    [TestMethod]
    public void Frames_AreRealJpegs_OfTheConfiguredSize()
    {
        using var camera = new SkiaFrameSource(new SimulatedCameraSettings());
        byte[] buffer = new byte[camera.MaxFrameBytes];

        Assert.IsTrue(camera.TryReadFrame(0, buffer, out int length, out long captured));
        using var decoded = SkiaSharp.SKBitmap.Decode(buffer.AsSpan(0, length));

        Assert.AreEqual(0L, captured);
        Assert.AreEqual(0xFF, buffer[0]);
        Assert.AreEqual(0xD8, buffer[1]);
        Assert.AreEqual(640, decoded.Width);
        Assert.AreEqual(480, decoded.Height);
        Assert.IsTrue(length > 10_000, "a textured 640x480 scene, not a flat picture: " + length + " bytes");
    }

    [TestMethod]
    public void SameSeed_GivesTheSameFrames_AndAnotherSeedOthers()
    {
        using var first = new SkiaFrameSource(Small(7));
        using var second = new SkiaFrameSource(Small(7));
        using var other = new SkiaFrameSource(Small(8));

        List<byte[]> a = Read(first, 1000, 100);
        List<byte[]> b = Read(second, 1000, 40);
        List<byte[]> c = Read(other, 1000, 100);

        Assert.AreEqual(16, a.Count, "0..1000 ms at 15 fps");
        Assert.AreEqual(a.Count, b.Count);
        for (int i = 0; i < a.Count; i++)
        {
            CollectionAssert.AreEqual(a[i], b[i], "frame " + i);
            Assert.IsFalse(a[i].AsSpan().SequenceEqual(c[i]), "frame " + i + " of another seed");
        }

        Assert.IsFalse(a[0].AsSpan().SequenceEqual(a[1]), "the scene moves");
    }

    [TestMethod]
    public void Frames_AreTimedByTheSimulatedClock()
    {
        using var camera = new SkiaFrameSource(Small());
        byte[] buffer = new byte[camera.MaxFrameBytes];

        Assert.IsTrue(camera.TryReadFrame(0, buffer, out _, out long t0));
        Assert.IsFalse(camera.TryReadFrame(65, buffer, out _, out _), "frame 1 is captured at 66 ms (1000/15, whole ms)");
        Assert.IsTrue(camera.TryReadFrame(66, buffer, out _, out long t1));
        Assert.IsTrue(camera.TryReadFrame(200, buffer, out _, out long t2));
        Assert.IsTrue(camera.TryReadFrame(200, buffer, out _, out long t3));
        Assert.IsFalse(camera.TryReadFrame(200, buffer, out _, out _));

        CollectionAssert.AreEqual(new long[] { 0, 66, 133, 200 }, new[] { t0, t1, t2, t3 });
    }

    [TestMethod]
    public void AReaderFallingBehind_LosesTheOldestFrames_AndTheyAreCounted()
    {
        var settings = Small();
        settings.QueueDepth = 2;
        using var camera = new SkiaFrameSource(settings);
        byte[] buffer = new byte[camera.MaxFrameBytes];

        Assert.IsTrue(camera.TryReadFrame(1000, buffer, out _, out long first));
        Assert.IsTrue(camera.TryReadFrame(1000, buffer, out _, out long second));
        Assert.IsFalse(camera.TryReadFrame(1000, buffer, out _, out _));

        Assert.AreEqual(933L, first, "frames 0..13 were overwritten; 14 and 15 were still queued");
        Assert.AreEqual(1000L, second);
        Assert.AreEqual(14L, camera.FramesDropped);
        Assert.AreEqual(2L, camera.FramesDelivered);
    }

    [TestMethod]
    public void ReplayPool_RendersOnlyItsFrames_ThenRepeatsThemInOrder()
    {
        var settings = Small();
        settings.ReplayPoolFrames = 4;
        using var pooled = new SkiaFrameSource(settings);
        using var exact = new SkiaFrameSource(Small());

        List<byte[]> replayed = Read(pooled, 1000, 100);
        List<byte[]> rendered = Read(exact, 1000, 100);

        Assert.AreEqual(16, replayed.Count);
        for (int i = 0; i < replayed.Count; i++)
        {
            CollectionAssert.AreEqual(rendered[i % 4], replayed[i], "frame " + i + " replays pool frame " + (i % 4));
        }
    }

    [TestMethod]
    public void UtcOverlay_DependsOnWhetherTheClockIsSet()
    {
        using var unset = new SkiaFrameSource(Small());
        using var set = new SkiaFrameSource(Small(), ms => new DateTime(2026, 11, 26, 4, 0, 0, DateTimeKind.Utc).AddMilliseconds(ms));
        byte[] a = new byte[unset.MaxFrameBytes];
        byte[] b = new byte[set.MaxFrameBytes];

        int la = unset.Render(0, 0, a);
        int lb = set.Render(0, 0, b);

        Assert.IsFalse(a.AsSpan(0, la).SequenceEqual(b.AsSpan(0, lb)), "the burned-in time differs");
    }

    [TestMethod]
    public void Microphone_GivesTheSameSamples_HoweverItIsRead()
    {
        var once = new SimulatedMicrophone(16000, seed: 3);
        var inPieces = new SimulatedMicrophone(16000, seed: 3);
        byte[] all = new byte[32000];
        var pieces = new List<byte>();
        byte[] piece = new byte[1000];

        int total = once.Read(1000, all, 0, all.Length);
        for (long now = 0; now <= 1000; now += 7)
        {
            int n = inPieces.Read(now, piece, 0, 333 * 2);
            pieces.AddRange(piece.AsSpan(0, n).ToArray());
        }

        Assert.AreEqual(32000, total, "one second at 16 kHz");
        CollectionAssert.AreEqual(all.Take(pieces.Count).ToArray(), pieces.ToArray());
        Assert.IsTrue(pieces.Count > 31000);
        Assert.IsTrue(Enumerable.Range(0, 16000).Select(i => (int)BitConverter.ToInt16(all, i * 2)).Max() > 7000, "a tone at a quarter of full scale");
    }

    [TestMethod]
    public void Microphone_NeverDeliversAudioFromTheFuture_AndCountsOverruns()
    {
        var microphone = new SimulatedMicrophone(16000, bufferMs: 500);
        byte[] buffer = new byte[100_000];

        int early = microphone.Read(10, buffer, 0, buffer.Length);
        int late = microphone.Read(2010, buffer, 0, buffer.Length);

        Assert.AreEqual(160 * 2, early);
        Assert.AreEqual(8000 * 2, late, "only the last 500 ms survive in the driver's buffer");
        Assert.AreEqual(32160L - 160 - 8000, microphone.OverrunSamples);
    }
}
