using BwcFirmware.Tests.Media;
using BwcFirmware.Shared.Media;

namespace BwcFirmware.Tests.NativeMediaInterop;

/// <summary>
/// The camera of nanoCLR's posix build of the native media path, in C#: the same formulas as
/// Drivers/NativeMediaInterop/native/posix/bwc_test_pattern.c, so both engines record the same frames.
/// </summary>
internal sealed class TestPatternCamera(int framesPerSecond, int maxFrameBytes) : IFrameSource
{
    private int _next;

    public int MaxFrameBytes { get; } = maxFrameBytes;

    public static long FrameTime(int k, int fps) => (long)k * 1000 / fps;

    public static int Frame(int k, byte[] frame)
    {
        int length = 400 + (int)((uint)(k * 389) % 1200);
        for (int i = 0; i < length; i++)
        {
            frame[i] = (byte)((k * 7) + (i * 13) + (i >> 8));
        }

        frame[0] = 0xFF;
        frame[1] = 0xD8;
        frame[length - 2] = 0xFF;
        frame[length - 1] = 0xD9;
        return length;
    }

    public bool TryReadFrame(long nowMs, byte[] buffer, out int length, out long captureTimeMs)
    {
        captureTimeMs = FrameTime(_next, framesPerSecond);
        if (captureTimeMs > nowMs)
        {
            length = 0;
            return false;
        }

        length = Frame(_next++, buffer);
        return true;
    }
}

/// <summary>The microphone of the posix build, in C# (bwc_test_pattern.c): the test microphone with its formula.</summary>
internal static class TestPatternMicrophone
{
    public static short SampleAt(long n) => (short)((n * 37 % 2000) - 1000);

    public static IAudioSource Create(int sampleRateHz) => new TestAudio(sampleRateHz, SampleAt);
}
