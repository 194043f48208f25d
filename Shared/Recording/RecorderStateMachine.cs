using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Config;

namespace BwcFirmware.Shared.Recording
{
    /// <summary>
    /// Decides what the camera records from the officer's gestures and the sensors. It tells the media engine
    /// what to do and reports every transition, marker, mute change, ignored input and fault to the audit log,
    /// with its cause and time. It writes no files and deletes nothing. Single-threaded: one loop calls
    /// <see cref="Handle"/> (or <see cref="Drain"/>) in order; events keep their own times.
    /// </summary>
    /// <remarks>
    /// The state table is in Shared/Recording/README.md. The machine starts powered off in
    /// <see cref="RecorderState.Idle"/>: the composition root posts <see cref="InputKind.PowerOn"/> once the
    /// drivers run, and card, dock and battery events may come before or after it.
    /// </remarks>
    public sealed partial class RecorderStateMachine
    {
        private readonly IMediaEngine _media;
        private readonly IAuditSink _audit;
        private readonly DeviceConfig _config;
        private RecorderState _state = RecorderState.Idle;
        private long _lastTimeMs = long.MinValue;
        private bool _cardInsertedAcknowledged;

        /// <summary>Creates the machine; <paramref name="config"/> is read on every event, so changes apply at once.</summary>
        public RecorderStateMachine(IMediaEngine media, IAuditSink audit, DeviceConfig config)
        {
            _media = media;
            _audit = audit;
            _config = config ?? new DeviceConfig();
        }

        /// <summary>Raised after every state change.</summary>
        public event RecorderStateChangedHandler StateChanged;

        /// <summary>Raised for markers, mute changes, ignored inputs, refused recordings and faults.</summary>
        public event RecorderNoticeHandler Noticed;

        /// <summary>The current state.</summary>
        public RecorderState State
        {
            get { return _state; }
        }

        /// <summary>Whether a clip is open (Recording or PrivacyMuted).</summary>
        public bool IsClipOpen
        {
            get { return _state == RecorderState.Recording || _state == RecorderState.PrivacyMuted; }
        }

        /// <summary>Whether PowerOn came (and no PowerOff since).</summary>
        public bool IsPoweredOn { get; private set; }

        /// <summary>Whether a card is in the slot (last CardInserted/CardRemoved).</summary>
        public bool IsCardPresent { get; private set; }

        /// <summary>Whether the card reported full and no space came back since.</summary>
        public bool IsCardFull { get; private set; }

        /// <summary>Whether the camera sits in its dock.</summary>
        public bool IsDocked { get; private set; }

        /// <summary>Whether the battery is in its critical band.</summary>
        public bool IsBatteryCritical { get; private set; }

        /// <summary>Whether the battery is in its low band (not critical).</summary>
        public bool IsBatteryLow { get; private set; }

        /// <summary>The last battery reading in percent, or -1 before the first.</summary>
        public int BatteryPercent { get; private set; } = -1;

        /// <summary>Whether a fault stopped buffering; cleared by PowerOn, CardInserted or a clip that starts.</summary>
        public bool IsFaulted { get; private set; }

        /// <summary>The last fault's audit detail, or null.</summary>
        public string LastFault { get; private set; }

        /// <summary>Whether the open clip is flagged sensitive (false when no clip is open).</summary>
        public bool IsSensitive { get; private set; }

        /// <summary>Markers placed since creation.</summary>
        public int MarkerCount { get; private set; }

        /// <summary>State changes since creation.</summary>
        public int TransitionCount { get; private set; }

        /// <summary>Audit records the sink refused (it threw); the machine goes on regardless.</summary>
        public int AuditFailureCount { get; private set; }

        /// <summary>Handles every event waiting in <paramref name="queue"/>, oldest first; returns how many.</summary>
        public int Drain(InputQueue queue)
        {
            int handled = 0;
            InputEvent input;
            while (queue.TryTake(out input))
            {
                Handle(input);
                handled++;
            }

            return handled;
        }

        /// <summary>
        /// Writes the input record of a card put back at <paramref name="timeMs"/> now, ahead of the recovery and
        /// mount it starts, and returns the time it was recorded at (never before the last one); the following
        /// <see cref="Handle"/> of that input does not write it again.
        /// </summary>
        public long AcknowledgeCardInserted(long timeMs)
        {
            long t = timeMs < _lastTimeMs ? _lastTimeMs : timeMs;
            _lastTimeMs = t;
            Note(t, InputNames.Of(InputKind.CardInserted), string.Empty);
            _cardInsertedAcknowledged = true;
            return t;
        }

        /// <summary>Handles one event. Never throws because of the media engine or the audit sink.</summary>
        public void Handle(InputEvent input)
        {
            // Events keep their own times (a single press is known only after the double-press window), but
            // what this machine does and reports must never go back in time.
            long t = input.TimeMs < _lastTimeMs ? _lastTimeMs : input.TimeMs;
            _lastTimeMs = t;
            string cause = InputNames.Of(input.Kind);
            switch (input.Kind)
            {
                case InputKind.PowerOn:
                    OnPowerOn(t, cause);
                    break;
                case InputKind.PowerOff:
                    OnPowerOff(t, cause);
                    break;
                case InputKind.RecordPress:
                    WhenClipOpen(t, cause, true);
                    break;
                case InputKind.RecordDoublePress:
                    if (IsClipOpen)
                    {
                        Ignore(t, cause, "already recording");
                    }
                    else
                    {
                        StartRecording(t, cause);
                    }

                    break;
                case InputKind.RecordHold:
                    WhenClipOpen(t, cause, false);
                    break;
                case InputKind.PrivacyStop:
                    if (IsClipOpen)
                    {
                        // A stop of its own cause: the station can tell a privacy request from an ordinary stop.
                        CloseClip(t, InputNames.PrivacyRequestCause);
                    }
                    else
                    {
                        Ignore(t, cause, "not recording");
                    }

                    break;
                case InputKind.FunctionPress:
                case InputKind.FunctionDoublePress:
                    OnFunctionGesture(t, cause);
                    break;
                case InputKind.FunctionHold:
                    OnFunctionHold(t, cause);
                    break;
                case InputKind.HolsterDraw:
                    OnHolsterDraw(t, cause);
                    break;
                case InputKind.HolsterReturn:
                    Note(t, cause, IsClipOpen ? "recording goes on" : string.Empty);
                    break;
                case InputKind.Docked:
                    IsDocked = true;
                    Note(t, cause, IsClipOpen ? "recording goes on" : string.Empty);
                    SettleIfNoClip(t, cause);
                    break;
                case InputKind.Undocked:
                    IsDocked = false;
                    Note(t, cause, string.Empty);
                    SettleIfNoClip(t, cause);
                    break;
                case InputKind.BatteryLevel:
                    BatteryPercent = input.Argument;
                    break;
                default:
                    HandleCardOrPower(t, cause, input);
                    break;
            }
        }

        private void HandleCardOrPower(long t, string cause, InputEvent input)
        {
            switch (input.Kind)
            {
                case InputKind.BatteryLow:
                case InputKind.BatteryNormal:
                    BatteryPercent = input.Argument;
                    bool wasCritical = IsBatteryCritical;
                    IsBatteryCritical = false;
                    IsBatteryLow = input.Kind == InputKind.BatteryLow;
                    Note(t, cause, input.Argument.ToString() + "%");

                    // Buffering that comes back does so because the battery left critical, low or not.
                    SettleIfNoClip(t, wasCritical ? InputNames.BatteryNoLongerCritical : cause);
                    break;
                case InputKind.BatteryCritical:
                    BatteryPercent = input.Argument;
                    IsBatteryCritical = true;
                    IsBatteryLow = false;
                    Note(t, cause, input.Argument.ToString() + "%");
                    CloseClipOrSettle(t, cause);
                    break;
                case InputKind.CardInserted:
                    IsCardPresent = true;
                    IsCardFull = false;
                    IsFaulted = false;
                    if (!_cardInsertedAcknowledged)
                    {
                        Note(t, cause, string.Empty);
                    }

                    _cardInsertedAcknowledged = false;
                    SettleIfNoClip(t, cause);
                    break;
                case InputKind.CardRemoved:
                    IsCardPresent = false;
                    if (IsClipOpen)
                    {
                        Fault(t, cause + " while " + InputNames.Of(_state));
                    }
                    else
                    {
                        Note(t, cause, string.Empty);
                    }

                    CloseClipOrSettle(t, cause);
                    break;
                case InputKind.CardFull:
                    IsCardFull = true;
                    Note(t, cause, string.Empty);
                    CloseClipOrSettle(t, cause);
                    break;
                case InputKind.CardSpaceAvailable:
                    IsCardFull = false;
                    Note(t, cause, string.Empty);
                    SettleIfNoClip(t, cause);
                    break;
                case InputKind.MediaFault:
                    IsFaulted = true;
                    Fault(t, cause + " code=" + input.Argument.ToString() + " in " + InputNames.Of(_state));
                    CloseClipOrSettle(t, cause);
                    break;
                default:
                    Ignore(t, cause, "unknown input");
                    break;
            }
        }

        private void OnPowerOn(long t, string cause)
        {
            if (IsPoweredOn)
            {
                Ignore(t, cause, "already on");
                return;
            }

            IsPoweredOn = true;
            IsFaulted = false;
            Note(t, cause, string.Empty);
            SettleIfNoClip(t, cause);
        }

        private void OnPowerOff(long t, string cause)
        {
            IsPoweredOn = false;
            Note(t, cause, string.Empty);
            CloseClipOrSettle(t, cause);
        }

        private void WhenClipOpen(long t, string cause, bool marker)
        {
            if (!IsClipOpen)
            {
                Ignore(t, cause, "not recording");
            }
            else if (marker)
            {
                PlaceMarker(t, cause);
            }
            else
            {
                CloseClip(t, cause);
            }
        }

        private void OnFunctionHold(long t, string cause)
        {
            if (_state == RecorderState.Recording)
            {
                SetMuted(t, cause, true);
            }
            else if (_state == RecorderState.PrivacyMuted)
            {
                SetMuted(t, cause, false);
            }
            else
            {
                Ignore(t, cause, "not recording");
            }
        }

        private void OnFunctionGesture(long t, string cause)
        {
            if (cause != _config.SensitiveGesture)
            {
                Ignore(t, cause, "no action assigned");
            }
            else if (!IsClipOpen)
            {
                Ignore(t, cause, "not recording");
            }
            else
            {
                SetSensitive(t, cause, !IsSensitive);
            }
        }

        private void OnHolsterDraw(long t, string cause)
        {
            if (!_config.HolsterAutoStart)
            {
                Ignore(t, cause, "holster auto-start off");
            }
            else if (IsClipOpen)
            {
                // Already recording: the draw is still worth finding in the clip.
                PlaceMarker(t, cause);
            }
            else
            {
                StartRecording(t, cause);
            }
        }
    }
}
