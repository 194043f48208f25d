using BwcFirmware.Shared.Media;

namespace BwcFirmware.Tests.Media;

/// <summary>A microphone for tests: sample n (captured at n / rate s) is never 0, so silence on the card is the mute.</summary>
internal sealed class TestAudio : IAudioSource
{
    private readonly Func<long, short> _sampleAt;
    private long _next;

    public TestAudio(int sampleRateHz = 8000, Func<long, short>? sampleAt = null)
    {
        SampleRateHz = sampleRateHz;
        _sampleAt = sampleAt ?? SampleAt;
    }

    public int SampleRateHz { get; }

    public long SamplesRead => _next;

    public static short SampleAt(long n) => (short)(1 + (n * 31 % 20000));

    public int Read(long nowMs, byte[] buffer, int offset, int count)
    {
        long captured = nowMs < 0 ? 0 : nowMs * SampleRateHz / 1000;
        long n = Math.Min(captured - _next, count / 2);
        if (n <= 0)
        {
            return 0;
        }

        for (int i = 0; i < n; i++)
        {
            short sample = _sampleAt(_next + i);
            buffer[offset + (2 * i)] = (byte)sample;
            buffer[offset + (2 * i) + 1] = (byte)(sample >> 8);
        }

        _next += n;
        return (int)n * 2;
    }
}
