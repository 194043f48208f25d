using BwcFirmware.Drivers.Indicators;

namespace BwcFirmware.Drivers.Host.Simulated
{
    /// <summary>The LED, vibration motor and buzzer of the simulated board: remembers what they show and counts what they gave.</summary>
    public sealed class SimulatedIndicators : IIndicatorOutput
    {
        /// <summary>The LED pattern shown now.</summary>
        public LedPattern Led { get; private set; }

        /// <summary>Haptic pulses given since power-on.</summary>
        public int HapticPulses { get; private set; }

        /// <summary>Beeps given since power-on.</summary>
        public int Beeps { get; private set; }

        /// <inheritdoc />
        public void ShowLed(LedPattern pattern, long nowMs)
        {
            Led = pattern;
        }

        /// <inheritdoc />
        public void Haptic(int pulses, long nowMs)
        {
            HapticPulses += pulses;
        }

        /// <inheritdoc />
        public void Beep(int beeps, long nowMs)
        {
            Beeps += beeps;
        }
    }
}
