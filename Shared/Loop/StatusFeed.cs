using BwcFirmware.Shared.Agent;
using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Shared.Loop
{
    /// <summary>
    /// Decides what the officer is shown: the steady <see cref="DeviceStatus"/> by priority, a cue for each recorder
    /// event worth one (start, stop, mute, marker, flag, refusal, fault, battery and card warnings), and a reminder
    /// every reminder_seconds while a clip is open. It tells an <see cref="IStatusDisplay"/>, which decides how each
    /// looks (stealth included), so the indicators never see the recorder.
    /// </summary>
    /// <remarks>
    /// Wiring: <see cref="Follow"/> the booted agent, or <see cref="Attach"/> a recorder and hand every input to
    /// <see cref="OnInput"/>; <see cref="Step"/> from the loop. The status is shown again on every call, so a display
    /// that reads config live (stealth) follows a change at once.
    /// </remarks>
    public sealed class StatusFeed : IAgentPeripheral
    {
        private readonly IStatusDisplay _display;
        private readonly DeviceConfig _config;
        private RecorderStateMachine _recorder;
        private long _nextReminderMs;
        private bool _clockSet = true;

        /// <summary>Creates the feed telling <paramref name="display"/> (null: a board without indicators).</summary>
        public StatusFeed(IStatusDisplay display, DeviceConfig config)
        {
            _display = display;
            _config = config ?? new DeviceConfig();
        }

        /// <summary>Follows <paramref name="agent"/>'s recorder, inputs and clock, stepped with its loop; once, after boot.</summary>
        public void Follow(DeviceAgent agent)
        {
            Attach(agent.Recorder);
            agent.InputHandled += OnInput;
            agent.ClockChanged += SetClockSet;
            SetClockSet(agent.Clock.IsSet, agent.BootTimeMs);
            agent.AddPeripheral(this);
        }

        /// <summary>Listens to <paramref name="recorder"/>'s state changes and notices.</summary>
        public void Attach(RecorderStateMachine recorder)
        {
            _recorder = recorder;
            recorder.StateChanged += OnStateChanged;
            recorder.Noticed += OnNotice;
        }

        /// <summary>Whether wall-clock time is known (false shows <see cref="DeviceStatus.ClockNotSet"/> when nothing outranks it).</summary>
        public void SetClockSet(bool clockSet, long nowMs)
        {
            _clockSet = clockSet;
            Update(nowMs);
        }

        /// <summary>Sees every input the recorder handled; warns on battery bands and a full card.</summary>
        public void OnInput(InputEvent input)
        {
            switch (input.Kind)
            {
                case InputKind.BatteryLow:
                    Cue(IndicatorCue.BatteryLow, input.TimeMs);
                    break;
                case InputKind.BatteryCritical:
                    Cue(IndicatorCue.BatteryCritical, input.TimeMs);
                    break;
                case InputKind.CardFull:
                    Cue(IndicatorCue.CardFull, input.TimeMs);
                    break;
            }

            Update(input.TimeMs);
        }

        /// <summary>Gives the recording reminder when due and shows the status.</summary>
        public void Step(long nowMs)
        {
            if (_recorder != null && _recorder.IsClipOpen && _config.ReminderSeconds > 0 && nowMs >= _nextReminderMs)
            {
                Cue(IndicatorCue.Reminder, nowMs);

                // A late step gives one reminder, not a burst of the missed ones.
                long interval = _config.ReminderSeconds * 1000L;
                while (_nextReminderMs <= nowMs)
                {
                    _nextReminderMs += interval;
                }
            }

            Update(nowMs);
        }

        private void OnStateChanged(RecorderState from, RecorderState to, string cause, long timeMs)
        {
            bool wasOpen = from == RecorderState.Recording || from == RecorderState.PrivacyMuted;
            bool isOpen = to == RecorderState.Recording || to == RecorderState.PrivacyMuted;
            if (!wasOpen && isOpen)
            {
                _nextReminderMs = timeMs + (_config.ReminderSeconds * 1000L);
                Cue(IndicatorCue.RecordingStarted, timeMs);
            }
            else if (wasOpen && !isOpen)
            {
                Cue(IndicatorCue.RecordingStopped, timeMs);
            }

            Update(timeMs);
        }

        private void OnNotice(RecorderNotice notice, string cause, long timeMs)
        {
            switch (notice)
            {
                case RecorderNotice.Marker:
                    Cue(IndicatorCue.Marker, timeMs);
                    break;
                case RecorderNotice.MuteOn:
                    Cue(IndicatorCue.MuteOn, timeMs);
                    break;
                case RecorderNotice.MuteOff:
                    Cue(IndicatorCue.MuteOff, timeMs);
                    break;
                case RecorderNotice.SensitiveOn:
                    Cue(IndicatorCue.SensitiveOn, timeMs);
                    break;
                case RecorderNotice.SensitiveOff:
                    Cue(IndicatorCue.SensitiveOff, timeMs);
                    break;
                case RecorderNotice.RecordRefused:
                case RecorderNotice.Fault:
                    Cue(IndicatorCue.Error, timeMs);
                    break;
            }

            Update(timeMs);
        }

        private void Cue(IndicatorCue cue, long nowMs)
        {
            if (_display != null)
            {
                _display.Cue(cue, nowMs);
            }
        }

        private void Update(long nowMs)
        {
            if (_display != null)
            {
                _display.Show(Choose(), nowMs);
            }
        }

        /// <summary>The steady status: recording first (it must never look off while a clip is open), then faults, then the rest.</summary>
        private DeviceStatus Choose()
        {
            RecorderStateMachine r = _recorder;
            if (r == null)
            {
                return _clockSet ? DeviceStatus.Standby : DeviceStatus.ClockNotSet;
            }

            if (r.State == RecorderState.PrivacyMuted)
            {
                return DeviceStatus.Muted;
            }

            if (r.State == RecorderState.Recording)
            {
                return DeviceStatus.Recording;
            }

            if (r.IsFaulted || (r.IsPoweredOn && !r.IsCardPresent))
            {
                return DeviceStatus.Error;
            }

            if (r.IsCardFull)
            {
                return DeviceStatus.CardFull;
            }

            if (r.IsBatteryCritical)
            {
                return DeviceStatus.BatteryCritical;
            }

            if (!_clockSet)
            {
                return DeviceStatus.ClockNotSet;
            }

            if (r.IsDocked)
            {
                return DeviceStatus.Docked;
            }

            if (r.IsBatteryLow)
            {
                return DeviceStatus.BatteryLow;
            }

            return r.State == RecorderState.PreEventBuffer ? DeviceStatus.Buffering : DeviceStatus.Standby;
        }
    }
}
