using BwcFirmware.Shared.Media;

namespace BwcFirmware.Tests.NativeMedia;

/// <summary>
/// What the managed engine read from its camera and microphone, in order, with the commands between: the same
/// stream the ESP32's drivers push into the native path. Replaying it into the native recorder gives it exactly
/// the frames, PCM, times and mutes the managed engine had.
/// </summary>
internal sealed class FedMedia
{
    public List<(char Kind, byte[] Bytes, long TimeMs)> Log { get; } = new();

    public void Command(char kind, long timeMs) => Log.Add((kind, Array.Empty<byte>(), timeMs));

    /// <summary>A camera that records what it hands out; every <paramref name="dropEvery"/>th frame is lost (a skipped slot).</summary>
    public IFrameSource Camera(IFrameSource inner, int dropEvery) => new LoggedFrames(this, inner, dropEvery);

    public IAudioSource Microphone(IAudioSource inner) => new LoggedAudio(this, inner);

    private sealed class LoggedFrames(FedMedia fed, IFrameSource inner, int dropEvery) : IFrameSource
    {
        private long _count;

        public int MaxFrameBytes => inner.MaxFrameBytes;

        public bool TryReadFrame(long nowMs, byte[] buffer, out int length, out long captureTimeMs)
        {
            while (inner.TryReadFrame(nowMs, buffer, out length, out captureTimeMs))
            {
                if (++_count % dropEvery == 0)
                {
                    continue;
                }

                fed.Log.Add(('F', buffer.AsSpan(0, length).ToArray(), captureTimeMs));
                return true;
            }

            return false;
        }
    }

    private sealed class LoggedAudio(FedMedia fed, IAudioSource inner) : IAudioSource
    {
        public int SampleRateHz => inner.SampleRateHz;

        public int Read(long nowMs, byte[] buffer, int offset, int count)
        {
            int read = inner.Read(nowMs, buffer, offset, count);
            if (read > 0)
            {
                fed.Log.Add(('A', buffer.AsSpan(offset, read).ToArray(), nowMs));
            }

            return read;
        }
    }
}
