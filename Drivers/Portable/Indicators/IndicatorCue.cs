namespace BwcFirmware.Drivers.Indicators
{
    /// <summary>The short signals the officer feels or hears; <see cref="IndicatorPolicy"/> maps events to them.</summary>
    public enum IndicatorCue
    {
        /// <summary>Recording started: 1 haptic pulse, 1 beep.</summary>
        RecordingStarted = 0,

        /// <summary>Recording stopped: 2 pulses, 2 beeps.</summary>
        RecordingStopped = 1,

        /// <summary>Privacy mute on: 3 pulses, 3 beeps.</summary>
        MuteOn = 2,

        /// <summary>Privacy mute off: 1 pulse, 1 beep.</summary>
        MuteOff = 3,

        /// <summary>Marker placed: 1 pulse, 1 beep.</summary>
        Marker = 4,

        /// <summary>Still recording (every reminder_seconds): 1 pulse.</summary>
        Reminder = 5,

        /// <summary>Battery entered the low band: 2 pulses, 3 beeps.</summary>
        BatteryLow = 6,

        /// <summary>Battery entered the critical band: 3 pulses, 5 beeps.</summary>
        BatteryCritical = 7,

        /// <summary>The card is full: 3 pulses, 3 beeps.</summary>
        CardFull = 8,

        /// <summary>A fault, or a request to record that could not be met: 4 pulses, 4 beeps.</summary>
        Error = 9,

        /// <summary>The open clip was flagged sensitive: 2 pulses, 1 beep.</summary>
        SensitiveOn = 10,

        /// <summary>The sensitive flag was taken off the open clip: 1 pulse, 2 beeps.</summary>
        SensitiveOff = 11,
    }

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
