using System;
using BwcFirmware.Shared.Media;
using SkiaSharp;

namespace BwcFirmware.Drivers.Host.Camera
{
    /// <summary>The UTC to burn into a frame captured at a monotonic time, or null while the clock is unset.</summary>
    public delegate DateTime? UtcAtMonotonic(long nowMs);

    /// <summary>
    /// A simulated camera delivering real JPEG frames (rendered and encoded with SkiaSharp): a moving scene with
    /// the device id, the UTC time (or "UTC NOT SET") and the frame number burned in, timed by the simulated
    /// clock. The same settings and seed give the same frames, byte for byte, on a given machine.
    /// </summary>
    /// <remarks>
    /// Only frames actually read are rendered (dropped frames cost nothing) and the textured background is
    /// drawn once, so a frame costs a few shapes, the overlay and one JPEG encode: a 10-minute shift at 15 fps
    /// simulates well over ten times faster than real time.
    /// </remarks>
    public sealed class SkiaFrameSource : IFrameSource, IDisposable
    {
        private readonly SimulatedCameraSettings _settings;
        private readonly UtcAtMonotonic _utcAt;
        private readonly SKBitmap _background;
        private readonly SKBitmap _frame;
        private readonly SKCanvas _canvas;
        private readonly SKPaint _paint = new SKPaint { IsAntialias = false };
        private readonly SKColor[] _actorColours;
        private readonly int _maxFrameBytes;
        private readonly byte[][] _replayPool;
        private long _next;

        /// <summary>Creates the camera; <paramref name="utcAt"/> may be null for a device whose clock is never set.</summary>
        public SkiaFrameSource(SimulatedCameraSettings settings, UtcAtMonotonic utcAt = null)
        {
            ArgumentNullException.ThrowIfNull(settings);
            if (settings.Width < 64 || settings.Height < 48 || settings.FramesPerSecond <= 0 || settings.FramesPerSecond > 120
                || settings.QueueDepth <= 0 || settings.JpegQuality < 1 || settings.JpegQuality > 100)
            {
                throw new ArgumentOutOfRangeException(nameof(settings));
            }

            _settings = settings;
            _utcAt = utcAt;
            _maxFrameBytes = settings.MaxFrameBytes > 0 ? settings.MaxFrameBytes : Math.Max(64 * 1024, settings.Width * settings.Height / 2);
            var info = new SKImageInfo(settings.Width, settings.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
            _frame = new SKBitmap(info);
            _canvas = new SKCanvas(_frame);
            var random = new Random(settings.Seed);
            _actorColours = new SKColor[4];
            for (int i = 0; i < _actorColours.Length; i++)
            {
                _actorColours[i] = new SKColor((byte)random.Next(60, 256), (byte)random.Next(60, 256), (byte)random.Next(60, 256));
            }

            _background = SceneBackground.Render(info, random);
            _replayPool = settings.ReplayPoolFrames > 0 ? new byte[settings.ReplayPoolFrames][] : null;
        }

        /// <inheritdoc />
        public int MaxFrameBytes => _maxFrameBytes;

        /// <summary>Frames rendered and delivered.</summary>
        public long FramesDelivered { get; private set; }

        /// <summary>Frames lost because the reader fell further behind than the queue holds.</summary>
        public long FramesDropped { get; private set; }

        /// <summary>Capture time of frame <paramref name="index"/> (0 = the first).</summary>
        public long CaptureTimeOf(long index)
        {
            long time = _settings.StartMs + (index * 1000 / _settings.FramesPerSecond);
            int jitterBound = Math.Min(_settings.CaptureJitterMs, (500 / _settings.FramesPerSecond) - 1);
            if (jitterBound > 0)
            {
                time += (int)(Mix(_settings.Seed, index) % (uint)((2 * jitterBound) + 1)) - jitterBound;
            }

            return time;
        }

        /// <inheritdoc />
        public bool TryReadFrame(long nowMs, byte[] buffer, out int length, out long captureTimeMs)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            length = 0;
            captureTimeMs = 0;
            long newest = NewestCapturedBy(nowMs);
            if (newest < _next)
            {
                return false;
            }

            long oldestKept = newest - _settings.QueueDepth + 1;
            if (oldestKept > _next)
            {
                FramesDropped += oldestKept - _next;
                _next = oldestKept;
            }

            captureTimeMs = CaptureTimeOf(_next);
            if (_replayPool == null)
            {
                length = Render(_next, captureTimeMs, buffer);
            }
            else
            {
                int slot = (int)(_next % _replayPool.Length);
                if (_replayPool[slot] == null)
                {
                    length = Render(_next, captureTimeMs, buffer);
                    _replayPool[slot] = buffer.AsSpan(0, length).ToArray();
                }

                length = _replayPool[slot].Length;
                _replayPool[slot].CopyTo(buffer, 0);
            }

            _next++;
            FramesDelivered++;
            return true;
        }

        /// <summary>Renders frame <paramref name="index"/> as it would be captured, into <paramref name="buffer"/>; returns its length.</summary>
        public int Render(long index, long captureTimeMs, byte[] buffer)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            _background.GetPixelSpan().CopyTo(_frame.GetPixelSpan());
            _frame.NotifyPixelsChanged();
            DrawActors(index);
            DrawOverlay(index, captureTimeMs);
            _canvas.Flush();

            using SKData jpeg = _frame.Encode(SKEncodedImageFormat.Jpeg, _settings.JpegQuality);
            ReadOnlySpan<byte> bytes = jpeg.AsSpan();
            if (bytes.Length > _maxFrameBytes || bytes.Length > buffer.Length)
            {
                throw new InvalidOperationException("frame larger than MaxFrameBytes: " + bytes.Length);
            }

            bytes.CopyTo(buffer);
            return bytes.Length;
        }

        /// <summary>Releases the bitmaps.</summary>
        public void Dispose()
        {
            _canvas.Dispose();
            _frame.Dispose();
            _background.Dispose();
            _paint.Dispose();
        }

        private long NewestCapturedBy(long nowMs)
        {
            // An estimate from the nominal rate, then corrected for jitter (which may put a capture before StartMs).
            long index = nowMs < _settings.StartMs ? -1 : ((nowMs - _settings.StartMs) * _settings.FramesPerSecond) / 1000;
            while (index >= 0 && CaptureTimeOf(index) > nowMs)
            {
                index--;
            }

            while (CaptureTimeOf(index + 1) <= nowMs)
            {
                index++;
            }

            return index;
        }

        private void DrawActors(long index)
        {
            int w = _settings.Width;
            int h = _settings.Height;
            for (int i = 0; i < _actorColours.Length; i++)
            {
                // Each actor crosses the picture at its own speed and height, wrapping around.
                long travel = (index * (3 + (i * 2)) * w / 160) + (i * w / 3);
                float x = (travel % (w + 80)) - 40;
                float y = (h * (0.45f + (0.12f * i))) % (h - 60);
                _paint.Color = _actorColours[i];
                if (i % 2 == 0)
                {
                    _canvas.DrawRect(x - 30, y, 60, 34, _paint);
                    _paint.Color = SKColors.Black;
                    _canvas.DrawCircle(x - 16, y + 36, 7, _paint);
                    _canvas.DrawCircle(x + 16, y + 36, 7, _paint);
                }
                else
                {
                    _canvas.DrawCircle(x, y, 10, _paint);
                    _canvas.DrawRect(x - 8, y + 10, 16, 36, _paint);
                }
            }
        }

        private void DrawOverlay(long index, long captureTimeMs)
        {
            int scale = Math.Max(1, _settings.Width / 240);
            int bar = (PixelFont.CellHeight * scale) + (2 * scale);
            _paint.Color = new SKColor(0, 0, 0, 200);
            _canvas.DrawRect(0, 0, _settings.Width, bar, _paint);
            _paint.Color = SKColors.White;

            DateTime? utc = _utcAt?.Invoke(captureTimeMs);
            string time = utc.HasValue
                ? utc.Value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + " UTC"
                : "UTC NOT SET";
            PixelFont.Draw(_canvas, time, scale * 2, scale, scale, _paint);
            string right = _settings.DeviceId + " F" + index.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            PixelFont.Draw(_canvas, right, _settings.Width - PixelFont.WidthOf(right, scale) - scale, scale, scale, _paint);
        }

        private static uint Mix(int seed, long index)
        {
            ulong z = unchecked((ulong)index + ((ulong)(uint)seed << 32) + 0x9E3779B97F4A7C15UL);
            z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
            z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
            return (uint)(z ^ (z >> 31));
        }
    }
}
