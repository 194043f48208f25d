#nullable disable
using BwcFirmware.Shared.Media;

namespace BwcFirmware.DeviceTests.Fakes
{
    /// <summary>
    /// A microphone for device tests: 8 kHz, 16-bit mono, a square wave that is never zero, so muted (silent)
    /// audio on the card is told apart from what was heard. Hands out every sample up to the time asked.
    /// </summary>
    public sealed class ToneMicrophone : IAudioSource
    {
        /// <summary>Samples per second.</summary>
        public const int Rate = 8000;

        private long _samplesRead;

        /// <inheritdoc />
        public int SampleRateHz
        {
            get { return Rate; }
        }

        /// <inheritdoc />
        public int Read(long nowMs, byte[] buffer, int offset, int count)
        {
            long due = nowMs * Rate / 1000 - _samplesRead;
            int samples = count / 2;
            if (due < samples)
            {
                samples = due < 0 ? 0 : (int)due;
            }

            for (int i = 0; i < samples; i++)
            {
                short value = (short)(((_samplesRead + i) / 8) % 2 == 0 ? 1000 : -1000);
                buffer[offset + 2 * i] = (byte)value;
                buffer[offset + 2 * i + 1] = (byte)(value >> 8);
            }

            _samplesRead += samples;
            return samples * 2;
        }
    }
}
