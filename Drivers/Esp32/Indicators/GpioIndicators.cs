using BwcFirmware.Drivers.Esp32.Gpio;
using BwcFirmware.Drivers.Indicators;
using BwcFirmware.Shared.Agent;

namespace BwcFirmware.Drivers.Esp32.Indicators
{
    /// <summary>
    /// The indicator outputs on GPIO: one LED (both boards have a single colour, so the pattern's timing carries the
    /// meaning and its colour is ignored) and a haptic motor. The policy decides what to show; this adapter only
    /// turns the pattern's on/off times and the pulse count into pin levels, from the loop's <see cref="Step"/>.
    /// The boards have no buzzer: beeps are not rendered.
    /// </summary>
    public sealed class GpioIndicators : IIndicatorOutput, IAgentPeripheral
    {
        /// <summary>One haptic pulse and the gap after it.</summary>
        public const int HapticPulseMs = 150;

        private readonly DigitalOutput _led;
        private readonly DigitalOutput _haptic;
        private LedPattern _pattern = LedPattern.Off;
        private long _patternStartMs;
        private int _pulsesLeft;
        private long _pulseStartMs;

        /// <summary>Creates the outputs; either may be null when the board lacks it.</summary>
        public GpioIndicators(DigitalOutput led, DigitalOutput haptic)
        {
            _led = led;
            _haptic = haptic;
        }

        /// <inheritdoc />
        public void ShowLed(LedPattern pattern, long nowMs)
        {
            if (pattern == _pattern)
            {
                return;
            }

            _pattern = pattern;
            _patternStartMs = nowMs;
        }

        /// <inheritdoc />
        public void Haptic(int pulses, long nowMs)
        {
            _pulsesLeft = pulses;
            _pulseStartMs = nowMs;
        }

        /// <inheritdoc />
        public void Beep(int beeps, long nowMs)
        {
        }

        /// <summary>Sets the pins for <paramref name="nowMs"/>; call every loop pass.</summary>
        public void Step(long nowMs)
        {
            if (_led != null)
            {
                int onMs = LedPatterns.OnMsOf(_pattern);
                int offMs = LedPatterns.OffMsOf(_pattern);
                bool on = onMs > 0 && (offMs == 0 || (nowMs - _patternStartMs) % (onMs + offMs) < onMs);
                _led.Set(on);
            }

            if (_haptic != null)
            {
                long sincePulse = nowMs - _pulseStartMs;
                if (_pulsesLeft > 0 && sincePulse >= 2 * HapticPulseMs)
                {
                    _pulsesLeft--;
                    _pulseStartMs = nowMs;
                    sincePulse = 0;
                }

                _haptic.Set(_pulsesLeft > 0 && sincePulse < HapticPulseMs);
            }
        }
    }
}
