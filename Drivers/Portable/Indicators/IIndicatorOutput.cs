using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Drivers.Indicators
{
    /// <summary>The output hardware: a status LED, a vibration motor and a buzzer. Adapters do the timing.</summary>
    public interface IIndicatorOutput
    {
        /// <summary>Shows <paramref name="pattern"/> from <paramref name="nowMs"/> until the next call.</summary>
        void ShowLed(LedPattern pattern, long nowMs);

        /// <summary>Gives <paramref name="pulses"/> short vibration pulses (about 150 ms on, 150 ms off).</summary>
        void Haptic(int pulses, long nowMs);

        /// <summary>Gives <paramref name="beeps"/> short beeps (about 100 ms on, 100 ms off).</summary>
        void Beep(int beeps, long nowMs);
    }

    /// <summary>
    /// Reports a cue with what was actually given (<paramref name="pulses"/> and <paramref name="beeps"/> are 0
    /// when stealth mode silenced it), for logs and the simulator.
    /// </summary>
    public delegate void IndicatorCueHandler(IndicatorCue cue, int pulses, int beeps, long nowMs);
}
