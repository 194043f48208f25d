using System;
using System.Collections;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Recording;
using BwcFirmware.Shared.Sync;
using BwcFirmware.Shared.Time;

namespace BwcFirmware.Shared.Agent
{
    /// <summary>
    /// The camera's brain as one loop, shared by the device app and the simulator: boot (config, audit log,
    /// card recovery), then <see cref="Step"/> over and over: drivers' timers, the input queue into the recorder
    /// state machine, the media pipeline's pump, and sync while docked and not recording. Single-threaded and
    /// deterministic: only the loop calls in; interrupt handlers only post to <see cref="Inputs"/>.
    /// </summary>
    public sealed partial class DeviceAgent
    {
        private readonly AgentParts _parts;
        private readonly AgentSettings _settings;
        private readonly ArrayList _peripherals = new ArrayList();
        private MountedMedia _media;
        private bool _booted;
        private bool _poweredOff;
        private long _nowMs;

        /// <summary>Creates the agent over <paramref name="parts"/>; nothing touches the card before <see cref="Boot"/>.</summary>
        public DeviceAgent(AgentParts parts)
        {
            if (parts == null || parts.Card == null || parts.Frames == null || parts.Sha256 == null)
            {
                throw new ArgumentNullException(nameof(parts));
            }

            _parts = parts;
            _settings = parts.Settings ?? new AgentSettings();
            Inputs = new InputQueue(64);
            Clock = new UtcClock();
            Config = new DeviceConfig();
        }

        /// <summary>Raised after the recorder handled an input (indicators, logs, the simulator watch it).</summary>
        public event AgentInputHandler InputHandled;

        /// <summary>Raised when the agent notes something worth a line (boot, recovery, mount, faults).</summary>
        public event AgentNoteHandler Noted;

        /// <summary>Raised when UTC becomes known or is adjusted (true) - it never becomes unknown again.</summary>
        public event AgentClockHandler ClockChanged;

        /// <summary>Where drivers post events; safe from interrupt threads.</summary>
        public InputQueue Inputs { get; }

        /// <summary>The config read from the card at boot (defaults for anything missing or bad).</summary>
        public DeviceConfig Config { get; private set; }

        /// <summary>Problems found in the config file at boot.</summary>
        public ConfigParseResult ConfigResult { get; private set; }

        /// <summary>UTC as the device can vouch for it (unknown until the station sets it).</summary>
        public UtcClock Clock { get; }

        /// <summary>The hash-chained audit log on the card.</summary>
        public AuditLog Audit { get; private set; }

        /// <summary>The recorder state machine.</summary>
        public RecorderStateMachine Recorder { get; private set; }

        /// <summary>The media pipeline of the mounted card, or null without a card.</summary>
        public MediaPipeline Media
        {
            get { return _media == null ? null : _media.Pipeline; }
        }

        /// <summary>Monotonic time of the boot.</summary>
        public long BootTimeMs { get; private set; }

        /// <summary>The time of the last step.</summary>
        public long NowMs
        {
            get { return _nowMs; }
        }

        /// <summary>True once <see cref="PowerOff"/> ran: nothing more happens.</summary>
        public bool IsPoweredOff
        {
            get { return _poweredOff; }
        }

        /// <summary>Adds a peripheral the loop steps before handling inputs (drivers, indicators).</summary>
        public void AddPeripheral(IAgentPeripheral peripheral)
        {
            if (peripheral != null && !_peripherals.Contains(peripheral))
            {
                _peripherals.Add(peripheral);
            }
        }

        /// <summary>
        /// Boots: reads the config, opens the audit log, recovers the card and mounts it, builds the recorder,
        /// and posts <see cref="InputKind.PowerOn"/>. Create the drivers from <see cref="Config"/> after this.
        /// </summary>
        public void Boot(long nowMs)
        {
            if (_booted)
            {
                return;
            }

            _booted = true;
            _nowMs = nowMs;
            BootTimeMs = nowMs;
            ConfigResult = ConfigParser.Load(_parts.Card);
            Config = ConfigResult.Config;
            Audit = new AuditLog(_parts.Card, _parts.Sha256, Clock, new AuditLogSettings());
            _media = new MountedMedia(Audit);
            Audit.Append(nowMs, AuditEvents.PowerOn, "device=" + Text(Config.DeviceId) + " officer=" + Text(Config.OfficerId));
            ReportConfig(nowMs);
            Recorder = new RecorderStateMachine(_media, Audit, Config);
            StartChainHead();
            MountCard(nowMs);
            Inputs.TryPost(InputKind.PowerOn, nowMs, 0);
        }

        /// <summary>
        /// One turn of the loop at <paramref name="nowMs"/>: peripherals, every waiting input, the media pump,
        /// then sync when allowed.
        /// </summary>
        public void Step(long nowMs)
        {
            if (!_booted || _poweredOff)
            {
                return;
            }

            _nowMs = nowMs < _nowMs ? _nowMs : nowMs;
            for (int i = 0; i < _peripherals.Count; i++)
            {
                ((IAgentPeripheral)_peripherals[i]).Step(_nowMs);
            }

            DrainInputs();
            PumpMedia(_nowMs);
            StepSync(_nowMs);
        }

        /// <summary>Orderly power-off: the recorder closes any clip, the log notes it. Nothing runs after.</summary>
        public void PowerOff(long nowMs)
        {
            if (!_booted || _poweredOff)
            {
                return;
            }

            Inputs.TryPost(InputKind.PowerOff, nowMs, 0);
            Step(nowMs);
            StopSync(_nowMs, "power-off");
            Audit.Append(_nowMs, AuditEvents.PowerOff, "orderly");

            // A closed segment ends with segment-closed, and the flash keeps its head: nothing can go unseen.
            Audit.CloseSegment(_nowMs);
            SaveChainHead();
            _poweredOff = true;
        }

        /// <summary>Takes UTC from the station (or SNTP) at <paramref name="nowMs"/>; the log records the set and the drift.</summary>
        public bool SetUtc(long nowMs, DateTime utc, string source)
        {
            var stationTime = new StationTime(Clock, Audit);
            if (!stationTime.Apply(nowMs, utc, source))
            {
                return false;
            }

            _syncClockSetMs = Clock.LastSetMs;
            OnClockSet(nowMs);
            return true;
        }

        /// <summary>UTC became known or moved: the media pipeline (burned-in time, manifests) and listeners follow.</summary>
        private void OnClockSet(long nowMs)
        {
            DateTime known;
            if (Media != null && Clock.TryGetUtc(nowMs, out known))
            {
                Media.Utc.Set((known.Ticks - UnixEpochTicks) / TimeSpan.TicksPerMillisecond, nowMs);
            }

            AgentClockHandler handler = ClockChanged;
            if (handler != null)
            {
                handler(true, nowMs);
            }
        }

        private const long UnixEpochTicks = 621355968000000000;

        private void DrainInputs()
        {
            InputEvent input;
            while (Inputs.TryTake(out input))
            {
                if (input.Kind == InputKind.CardInserted)
                {
                    // The card put back goes on record first, then the recovery and mount it starts.
                    MountCard(Recorder.AcknowledgeCardInserted(input.TimeMs));
                }

                Recorder.Handle(input);
                if (input.Kind == InputKind.CardRemoved)
                {
                    UnmountCard(_nowMs, "removed");
                }

                OnSyncInput(input);
                if (input.Kind == InputKind.Docked && _sync == null && !Recorder.IsClipOpen)
                {
                    // No station to sync with: the dock still refreshes the head in the flash.
                    SaveChainHead();
                }

                AgentInputHandler handler = InputHandled;
                if (handler != null)
                {
                    handler(input);
                }
            }
        }

        private void ReportConfig(long nowMs)
        {
            if (ConfigResult.IsClean)
            {
                Audit.Append(nowMs, AuditEvents.ConfigLoaded, "problems=0");
                return;
            }

            for (int i = 0; i < ConfigResult.ProblemCount; i++)
            {
                Audit.Append(nowMs, AuditEvents.ConfigRejected, ConfigResult.ProblemAt(i).ToString());
            }

            Audit.Append(nowMs, AuditEvents.ConfigLoaded, "problems=" + ConfigResult.ProblemCount.ToString());
            for (int i = 0; i < ConfigResult.ProblemCount; i++)
            {
                Note(nowMs, "config: " + ConfigResult.ProblemAt(i).ToString());
            }
        }

        private void Note(long timeMs, string text)
        {
            AgentNoteHandler handler = Noted;
            if (handler != null)
            {
                handler(timeMs, text);
            }
        }

        private static string Text(string value)
        {
            return value == null || value.Length == 0 ? "unset" : value;
        }
    }
}
