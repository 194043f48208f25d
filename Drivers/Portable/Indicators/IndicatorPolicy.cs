using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Drivers.Indicators
{
    /// <summary>
    /// Decides what the LED, vibration motor and buzzer show for each recorder state and event: a steady LED
    /// pattern chosen by priority, a cue per event, and a reminder every reminder_seconds while a clip is open.
    /// Stealth mode keeps the LED dark and everything silent, except (stealth_haptic) the haptic pulses on
    /// recording start and stop. Config is read live, so stealth can be switched at any time.
    /// </summary>
    /// <remarks>
    /// Wiring: <see cref="Attach"/> to the recorder; hand every input event to <see cref="OnInput"/> as well (battery
    /// and card warnings come from the sensors); call <see cref="Step"/> from the loop.
    /// </remarks>
    public sealed class IndicatorPolicy
    {
        private readonly IIndicatorOutput _output;
        private readonly DeviceConfig _config;
        private RecorderStateMachine _recorder;
        private bool _hasLed;
        private LedPattern _led;
        private long _nextReminderMs;
        private bool _clockSet = true;

        /// <summary>Creates the policy driving <paramref name="output"/> (null: a board without indicators).</summary>
        public IndicatorPolicy(IIndicatorOutput output, DeviceConfig config)
        {
            _output = output;
            _config = config ?? new DeviceConfig();
        }

        /// <summary>Raised for every cue, with what was given after stealth.</summary>
        public event IndicatorCueHandler CueGiven;

        /// <summary>The LED pattern shown now (Off before the first update).</summary>
        public LedPattern Led
        {
            get { return _led; }
        }

        /// <summary>Listens to <paramref name="recorder"/>'s state changes and notices.</summary>
        public void Attach(RecorderStateMachine recorder)
        {
            _recorder = recorder;
            recorder.StateChanged += OnStateChanged;
            recorder.Noticed += OnNotice;
        }

        /// <summary>Whether wall-clock time is known (false shows the clock-not-set pattern when not recording).</summary>
        public void SetClockSet(bool clockSet, long nowMs)
        {
            _clockSet = clockSet;
            UpdateLed(nowMs);
        }

        /// <summary>Sees every input event; warns on battery bands and a full card.</summary>
        public void OnInput(InputEvent input)
        {
            switch (input.Kind)
            {
                case InputKind.BatteryLow:
                    Give(IndicatorCue.BatteryLow, input.TimeMs);
                    break;
                case InputKind.BatteryCritical:
                    Give(IndicatorCue.BatteryCritical, input.TimeMs);
                    break;
                case InputKind.CardFull:
                    Give(IndicatorCue.CardFull, input.TimeMs);
                    break;
            }

            UpdateLed(input.TimeMs);
        }

        /// <summary>Gives the recording reminder when due and refreshes the LED.</summary>
        public void Step(long nowMs)
        {
            if (_recorder != null && _recorder.IsClipOpen && _config.ReminderSeconds > 0 && nowMs >= _nextReminderMs)
            {
                Give(IndicatorCue.Reminder, nowMs);

                // A late step gives one reminder, not a burst of the missed ones.
                long interval = _config.ReminderSeconds * 1000L;
                while (_nextReminderMs <= nowMs)
                {
                    _nextReminderMs += interval;
                }
            }

            UpdateLed(nowMs);
        }

        private void OnStateChanged(RecorderState from, RecorderState to, string cause, long timeMs)
        {
            bool wasOpen = from == RecorderState.Recording || from == RecorderState.PrivacyMuted;
            bool isOpen = to == RecorderState.Recording || to == RecorderState.PrivacyMuted;
            if (!wasOpen && isOpen)
            {
                _nextReminderMs = timeMs + (_config.ReminderSeconds * 1000L);
                Give(IndicatorCue.RecordingStarted, timeMs);
            }
            else if (wasOpen && !isOpen)
            {
                Give(IndicatorCue.RecordingStopped, timeMs);
            }

            UpdateLed(timeMs);
        }

        private void OnNotice(RecorderNotice notice, string cause, long timeMs)
        {
            switch (notice)
            {
                case RecorderNotice.Marker:
                    Give(IndicatorCue.Marker, timeMs);
                    break;
                case RecorderNotice.MuteOn:
                    Give(IndicatorCue.MuteOn, timeMs);
                    break;
                case RecorderNotice.MuteOff:
                    Give(IndicatorCue.MuteOff, timeMs);
                    break;
                case RecorderNotice.SensitiveOn:
                    Give(IndicatorCue.SensitiveOn, timeMs);
                    break;
                case RecorderNotice.SensitiveOff:
                    Give(IndicatorCue.SensitiveOff, timeMs);
                    break;
                case RecorderNotice.RecordRefused:
                case RecorderNotice.Fault:
                    Give(IndicatorCue.Error, timeMs);
                    break;
            }

            UpdateLed(timeMs);
        }

        private void Give(IndicatorCue cue, long nowMs)
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

        private void UpdateLed(long nowMs)
        {
            LedPattern pattern = ChooseLed();
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

        /// <summary>The steady pattern: recording first (it must never look off while a clip is open), then faults, then status.</summary>
        private LedPattern ChooseLed()
        {
            if (_config.Stealth)
            {
                return LedPattern.Off;
            }

            RecorderStateMachine r = _recorder;
            if (r == null)
            {
                return _clockSet ? LedPattern.Standby : LedPattern.ClockNotSet;
            }

            if (r.State == RecorderState.PrivacyMuted)
            {
                return LedPattern.Muted;
            }

            if (r.State == RecorderState.Recording)
            {
                return LedPattern.Recording;
            }

            if (r.IsFaulted || (r.IsPoweredOn && !r.IsCardPresent))
            {
                return LedPattern.Error;
            }

            if (r.IsCardFull)
            {
                return LedPattern.CardFull;
            }

            if (r.IsBatteryCritical)
            {
                return LedPattern.LowBattery;
            }

            if (!_clockSet)
            {
                return LedPattern.ClockNotSet;
            }

            if (r.IsDocked)
            {
                return LedPattern.Docked;
            }

            if (r.IsBatteryLow)
            {
                return LedPattern.LowBattery;
            }

            return r.State == RecorderState.PreEventBuffer ? LedPattern.Buffering : LedPattern.Standby;
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
