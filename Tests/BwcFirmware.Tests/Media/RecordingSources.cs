using BwcFirmware.Shared.Media;

namespace BwcFirmware.Tests.Media;

/// <summary>A camera that keeps a copy of every frame it hands to the pipeline, with its capture time.</summary>
internal sealed class RecordingFrameSource : IFrameSource
{
    private readonly IFrameSource _inner;

    public RecordingFrameSource(IFrameSource inner)
    {
        _inner = inner;
    }

    public int MaxFrameBytes => _inner.MaxFrameBytes;

    public List<(long CaptureMs, byte[] Frame)> Fed { get; } = new();

    public bool TryReadFrame(long nowMs, byte[] buffer, out int length, out long captureTimeMs)
    {
        if (!_inner.TryReadFrame(nowMs, buffer, out length, out captureTimeMs))
        {
            return false;
        }

        Fed.Add((captureTimeMs, buffer.AsSpan(0, length).ToArray()));
        return true;
    }

    /// <summary>The frames captured at <paramref name="firstMs"/> and after, in order.</summary>
    public IEnumerable<byte[]> From(long firstMs) => Fed.Where(f => f.CaptureMs >= firstMs).Select(f => f.Frame);
}

/// <summary>A microphone that keeps every sample it hands to the pipeline, in order.</summary>
internal sealed class RecordingAudioSource : IAudioSource
{
    private readonly IAudioSource _inner;
    private readonly MemoryStream _fed = new();

    public RecordingAudioSource(IAudioSource inner)
    {
        _inner = inner;
    }

    public int SampleRateHz => _inner.SampleRateHz;

    public byte[] Fed => _fed.ToArray();

    public int Read(long nowMs, byte[] buffer, int offset, int count)
    {
        int read = _inner.Read(nowMs, buffer, offset, count);
        _fed.Write(buffer, offset, read);
        return read;
    }
}
