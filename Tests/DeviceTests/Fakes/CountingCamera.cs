#nullable disable
using BwcFirmware.Shared.Media;

namespace BwcFirmware.DeviceTests.Fakes
{
    /// <summary>
    /// A camera for device tests: frame i is captured at i * 1000 / fps ms, between 96 and 223 bytes long, and
    /// carries its number in its first four bytes, so frames found on the card can be counted and named.
    /// Small on purpose: a whole shift stays far below nanoCLR's 10 MB heap.
    /// </summary>
    public sealed class CountingCamera : IFrameSource
    {
        private const int MinBytes = 96;
        private readonly int _fps;
        private int _next;

        /// <summary>Creates a camera delivering <paramref name="fps"/> frames a second from time 0.</summary>
        public CountingCamera(int fps)
        {
            _fps = fps;
        }

        /// <inheritdoc />
        public int MaxFrameBytes
        {
            get { return MinBytes + 127; }
        }

        /// <summary>Frames handed out so far.</summary>
        public int Delivered
        {
            get { return _next; }
        }

        /// <inheritdoc />
        public bool TryReadFrame(long nowMs, byte[] buffer, out int length, out long captureTimeMs)
        {
            captureTimeMs = (long)_next * 1000 / _fps;
            if (captureTimeMs > nowMs)
            {
                length = 0;
                return false;
            }

            length = MinBytes + (_next * 37 % 128);
            buffer[0] = (byte)_next;
            buffer[1] = (byte)(_next >> 8);
            buffer[2] = (byte)(_next >> 16);
            buffer[3] = (byte)(_next >> 24);
            for (int i = 4; i < length; i++)
            {
                buffer[i] = (byte)(_next + i);
            }

            _next++;
            return true;
        }
    }
}
