using System;
using BwcFirmware.Shared.Media;

namespace BwcFirmware.Drivers.Host.Camera
{
    /// <summary>
    /// A simulated microphone: 16-bit mono PCM of a tone plus noise, timed by the simulated clock. Sample n is a
    /// pure function of the seed and n, so the stream is the same however it is read.
    /// </summary>
    public sealed class SimulatedMicrophone : IAudioSource
    {
        private readonly int _seed;
        private readonly double _toneHz;
        private readonly double _toneAmplitude;
        private readonly double _noiseAmplitude;
        private readonly long _startMs;
        private readonly long _bufferSamples;
        private long _next;

        /// <summary>
        /// Creates the microphone. Amplitudes are fractions of full scale; <paramref name="bufferMs"/> is how much
        /// the driver's buffer holds before the oldest samples are lost.
        /// </summary>
        public SimulatedMicrophone(int sampleRateHz = 16000, int seed = 1, double toneHz = 440, double toneAmplitude = 0.25,
            double noiseAmplitude = 0.02, long startMs = 0, int bufferMs = 2000)
        {
            if (sampleRateHz <= 0 || sampleRateHz > 192000 || bufferMs <= 0 || toneAmplitude + noiseAmplitude > 1.0)
            {
                throw new ArgumentOutOfRangeException(nameof(sampleRateHz));
            }

            SampleRateHz = sampleRateHz;
            _seed = seed;
            _toneHz = toneHz;
            _toneAmplitude = toneAmplitude;
            _noiseAmplitude = noiseAmplitude;
            _startMs = startMs;
            _bufferSamples = (long)sampleRateHz * bufferMs / 1000;
        }

        /// <inheritdoc />
        public int SampleRateHz { get; }

        /// <summary>Samples lost because the reader fell further behind than the buffer holds.</summary>
        public long OverrunSamples { get; private set; }

        /// <summary>Samples delivered so far.</summary>
        public long SamplesRead => _next - OverrunSamples;

        /// <summary>The value of sample <paramref name="index"/> (0 = the first captured).</summary>
        public short SampleAt(long index)
        {
            double t = (double)index / SampleRateHz;
            double tone = Math.Sin(2 * Math.PI * _toneHz * t) * _toneAmplitude;
            double noise = ((Mix(_seed, index) / (double)uint.MaxValue) * 2 - 1) * _noiseAmplitude;
            return (short)Math.Round((tone + noise) * short.MaxValue);
        }

        /// <inheritdoc />
        public int Read(long nowMs, byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            long captured = nowMs <= _startMs ? 0 : (nowMs - _startMs) * SampleRateHz / 1000;
            if (captured - _next > _bufferSamples)
            {
                OverrunSamples += captured - _bufferSamples - _next;
                _next = captured - _bufferSamples;
            }

            long n = Math.Min(captured - _next, count / 2);
            for (int i = 0; i < n; i++)
            {
                short sample = SampleAt(_next + i);
                buffer[offset + (2 * i)] = (byte)sample;
                buffer[offset + (2 * i) + 1] = (byte)(sample >> 8);
            }

            _next += n;
            return (int)(n * 2);
        }

        private static uint Mix(int seed, long index)
        {
            ulong z = unchecked((ulong)index + ((ulong)(uint)seed << 32) + 0xD1B54A32D192ED03UL);
            z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
            z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
            return (uint)(z ^ (z >> 31));
        }
    }
}
