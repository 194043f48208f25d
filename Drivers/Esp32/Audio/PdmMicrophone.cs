using System;
using System.Device.I2s;
using System.Threading;
using BwcFirmware.Drivers.Esp32.Timing;
using BwcFirmware.Shared.Media;
using nanoFramework.Hardware.Esp32;

namespace BwcFirmware.Drivers.Esp32.Audio
{
    /// <summary>
    /// A PDM MEMS microphone on the ESP32's I2S peripheral, which turns PDM into 16-bit PCM in hardware (so no
    /// per-sample work runs in managed code). A capture thread blocks in I2sDevice.Read and appends each block
    /// to a one-second ring; the loop drains it through <see cref="Read"/>. If the loop falls behind by more
    /// than the ring, the oldest audio is overwritten and counted in <see cref="OverrunBytes"/>.
    /// </summary>
    public sealed class PdmMicrophone : IAudioSource, IDisposable
    {
        private const int BlockBytes = 1024;

        private readonly object _gate = new object();
        private readonly I2sDevice _device;
        private readonly byte[] _block = new byte[BlockBytes];
        private readonly byte[] _ring;
        private readonly Thread _capture;
        private int _head;
        private int _count;
        private bool _running;

        /// <summary>Configures I2S bus 1 for PDM receive on <paramref name="clockPin"/> and <paramref name="dataPin"/>.</summary>
        public PdmMicrophone(int clockPin, int dataPin, int sampleRateHz)
        {
            // In PDM mode the ESP32 drives the microphone clock from the word-select signal.
            Configuration.SetPinFunction(clockPin, DeviceFunction.I2S1_WS);
            Configuration.SetPinFunction(dataPin, DeviceFunction.I2S1_MDATA_IN);
            I2sConnectionSettings settings = new I2sConnectionSettings(1)
            {
                Mode = I2sMode.Master | I2sMode.Rx | I2sMode.Pdm,
                BitsPerSample = I2sBitsPerSample.Bit16,
                ChannelFormat = I2sChannelFormat.OnlyLeft,
                CommunicationFormat = I2sCommunicationFormat.I2S,
                SampleRate = sampleRateHz,
            };
            _device = new I2sDevice(settings);
            SampleRateHz = sampleRateHz;
            _ring = new byte[sampleRateHz * 2];
            _capture = new Thread(Capture);
        }

        /// <inheritdoc />
        public int SampleRateHz { get; }

        /// <summary>Bytes of audio lost because the loop did not drain the ring in time.</summary>
        public long OverrunBytes { get; private set; }

        /// <summary>Monotonic time at which the newest captured block ended.</summary>
        public long LastBlockEndMs { get; private set; }

        /// <summary>Starts the capture thread.</summary>
        public void Start()
        {
            _running = true;
            _capture.Start();
        }

        /// <inheritdoc />
        public int Read(long nowMs, byte[] buffer, int offset, int count)
        {
            lock (_gate)
            {
                int take = count < _count ? count : _count;
                take &= ~1;
                int first = _ring.Length - _head < take ? _ring.Length - _head : take;
                Array.Copy(_ring, _head, buffer, offset, first);
                Array.Copy(_ring, 0, buffer, offset + first, take - first);
                _head = (_head + take) % _ring.Length;
                _count -= take;
                return take;
            }
        }

        /// <inheritdoc />
        public void Dispose()
        {
            _running = false;
            _capture.Join();
            _device.Dispose();
        }

        private void Capture()
        {
            SpanByte block = new SpanByte(_block);
            while (_running)
            {
                _device.Read(block);
                long endMs = MonotonicClock.NowMs;
                lock (_gate)
                {
                    Append(_block, BlockBytes);
                    LastBlockEndMs = endMs;
                }
            }
        }

        private void Append(byte[] source, int length)
        {
            int free = _ring.Length - _count;
            if (length > free)
            {
                int drop = length - free;
                _head = (_head + drop) % _ring.Length;
                _count -= drop;
                OverrunBytes += drop;
            }

            int tail = (_head + _count) % _ring.Length;
            int first = _ring.Length - tail < length ? _ring.Length - tail : length;
            Array.Copy(source, 0, _ring, tail, first);
            Array.Copy(source, first, _ring, 0, length - first);
            _count += length;
        }
    }
}
