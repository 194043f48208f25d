using System;
using System.Device.Adc;
using BwcFirmware.Drivers.Board;

namespace BwcFirmware.Drivers.Esp32.Power
{
    /// <summary>
    /// Battery voltage through a resistor divider into an ADC1 channel (ADC2 cannot be read while Wi-Fi runs).
    /// nanoFramework gives the raw reading only, without Espressif's eFuse calibration, so the full-scale
    /// millivolts come from config (about 3100 mV at the 11 dB attenuation the ESP32 port uses) and a department
    /// calibrates each board once against a meter.
    /// </summary>
    public sealed class BatteryAdc : IBatteryAdc, IDisposable
    {
        private const int SamplesPerReading = 8;

        private readonly AdcController _controller;
        private readonly AdcChannel _channel;
        private readonly int _fullScaleMillivolts;
        private readonly int _topKiloOhms;
        private readonly int _bottomKiloOhms;

        /// <summary>Opens ADC1 <paramref name="channel"/> for a divider of <paramref name="topKiloOhms"/> over <paramref name="bottomKiloOhms"/>.</summary>
        public BatteryAdc(int channel, int topKiloOhms, int bottomKiloOhms, int fullScaleMillivolts)
        {
            _controller = new AdcController();
            _channel = _controller.OpenChannel(channel);
            _topKiloOhms = topKiloOhms;
            _bottomKiloOhms = bottomKiloOhms;
            _fullScaleMillivolts = fullScaleMillivolts;
        }

        /// <inheritdoc />
        public int ReadMillivolts()
        {
            long sum = 0;
            for (int i = 0; i < SamplesPerReading; i++)
            {
                sum += _channel.ReadValue();
            }

            long atPin = sum * _fullScaleMillivolts / ((long)_controller.MaxValue * SamplesPerReading);
            return (int)(atPin * (_topKiloOhms + _bottomKiloOhms) / _bottomKiloOhms);
        }

        /// <inheritdoc />
        public void Dispose()
        {
            _channel.Dispose();
        }
    }
}
