using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Drivers.Indicators
{
    /// <summary>
    /// How the LED, vibration motor and buzzer show what the loop's <see cref="StatusFeed"/> decided: the LED
    /// pattern of each <see cref="DeviceStatus"/> and the pulses and beeps of each <see cref="IndicatorCue"/>.
    /// Stealth mode keeps the LED dark and everything silent, except (stealth_haptic) the haptic pulses of the
    /// evidence decisions: recording start and stop, the sensitive flag. Config is read live, so stealth can be
    /// switched at any time.
    /// </summary>
    public sealed class IndicatorPolicy : IStatusDisplay
    {
        private readonly IIndicatorOutput _output;
        private readonly DeviceConfig _config;
        private bool _hasLed;
        private LedPattern _led;

        /// <summary>Creates the policy driving <paramref name="output"/> (null: a board without indicators).</summary>
        public IndicatorPolicy(IIndicatorOutput output, DeviceConfig config)
        {
            _output = output;
            _config = config ?? new DeviceConfig();
        }

        /// <summary>Raised for every cue, with what was given after stealth.</summary>
        public event IndicatorCueHandler CueGiven;

        /// <summary>The LED pattern shown now (Off before the first status).</summary>
        public LedPattern Led
        {
            get { return _led; }
        }

        /// <inheritdoc />
        public void Show(DeviceStatus status, long nowMs)
        {
            LedPattern pattern = _config.Stealth ? LedPattern.Off : PatternOf(status);
            if (_hasLed && pattern == _led)
            {
                return;
            }

            _hasLed = true;
            _led = pattern;
            if (_output != null)
            {
                _output.ShowLed(pattern, nowMs);
            }
        }

        /// <inheritdoc />
        public void Cue(IndicatorCue cue, long nowMs)
        {
            int pulses = PulsesOf(cue);
            int beeps = BeepsOf(cue);
            if (_config.Stealth)
            {
                // The officer alone feels a haptic; the evidence decisions (start, stop, sensitive flag) keep theirs.
                bool evidence = cue == IndicatorCue.RecordingStarted || cue == IndicatorCue.RecordingStopped
                    || cue == IndicatorCue.SensitiveOn || cue == IndicatorCue.SensitiveOff;
                pulses = evidence && _config.StealthHaptic ? pulses : 0;
                beeps = 0;
            }

            if (pulses > 0 && _output != null)
            {
                _output.Haptic(pulses, nowMs);
            }

            if (beeps > 0 && _output != null)
            {
                _output.Beep(beeps, nowMs);
            }

            IndicatorCueHandler handler = CueGiven;
            if (handler != null)
            {
                handler(cue, pulses, beeps, nowMs);
            }
        }

        /// <summary>The LED pattern of <paramref name="status"/>; both battery warnings blink the same amber.</summary>
        public static LedPattern PatternOf(DeviceStatus status)
        {
            switch (status)
            {
                case DeviceStatus.Buffering: return LedPattern.Buffering;
                case DeviceStatus.Recording: return LedPattern.Recording;
                case DeviceStatus.Muted: return LedPattern.Muted;
                case DeviceStatus.Docked: return LedPattern.Docked;
                case DeviceStatus.BatteryLow: return LedPattern.LowBattery;
                case DeviceStatus.BatteryCritical: return LedPattern.LowBattery;
                case DeviceStatus.CardFull: return LedPattern.CardFull;
                case DeviceStatus.Error: return LedPattern.Error;
                case DeviceStatus.ClockNotSet: return LedPattern.ClockNotSet;
                default: return LedPattern.Standby;
            }
        }

        private static int PulsesOf(IndicatorCue cue)
        {
            switch (cue)
            {
                case IndicatorCue.RecordingStarted: return 1;
                case IndicatorCue.RecordingStopped: return 2;
                case IndicatorCue.MuteOn: return 3;
                case IndicatorCue.MuteOff: return 1;
                case IndicatorCue.Marker: return 1;
                case IndicatorCue.Reminder: return 1;
                case IndicatorCue.BatteryLow: return 2;
                case IndicatorCue.BatteryCritical: return 3;
                case IndicatorCue.CardFull: return 3;
                case IndicatorCue.Error: return 4;
                case IndicatorCue.SensitiveOn: return 2;
                case IndicatorCue.SensitiveOff: return 1;
                default: return 0;
            }
        }

        private static int BeepsOf(IndicatorCue cue)
        {
            switch (cue)
            {
                case IndicatorCue.RecordingStarted: return 1;
                case IndicatorCue.RecordingStopped: return 2;
                case IndicatorCue.MuteOn: return 3;
                case IndicatorCue.MuteOff: return 1;
                case IndicatorCue.Marker: return 1;
                case IndicatorCue.Reminder: return 0;
                case IndicatorCue.BatteryLow: return 3;
                case IndicatorCue.BatteryCritical: return 5;
                case IndicatorCue.CardFull: return 3;
                case IndicatorCue.Error: return 4;
                case IndicatorCue.SensitiveOn: return 1;
                case IndicatorCue.SensitiveOff: return 2;
                default: return 0;
            }
        }
    }
}
