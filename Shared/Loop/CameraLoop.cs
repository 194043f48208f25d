using System;
using BwcFirmware.Shared.Agent;
using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Shared.Loop
{
    /// <summary>
    /// The camera's one loop, run alike by the device app and the simulator over their own board parts. Until a
    /// card mounts it waits for one; then it boots the agent on it (the card's capacity from the slot, the
    /// station credentials from its config and files), and every pass drains the pins' edges into the drivers,
    /// steps the agent, powers off in order on a critical battery off the dock, keeps Wi-Fi up only while
    /// docked and hands the time server's UTC over once, kicks the watchdog, and naps while idle and undocked.
    /// </summary>
    public sealed class CameraLoop
    {
        /// <summary>Loop period: 50 passes a second, enough for 15 fps video and 20 ms button timing.</summary>
        public const int PassMs = 20;

        /// <summary>How often a missing card is looked for at start-up.</summary>
        public const int CardRetryMs = 2000;

        /// <summary>How long a Wi-Fi join may take in the dock (in the background).</summary>
        public const int WifiJoinTimeoutMs = 20000;

        /// <summary>Wait between failed joins.</summary>
        public const int WifiRetryMs = 60000;

        /// <summary>A wall clock earlier than this year has not been set by the time server yet.</summary>
        public const int EarliestPlausibleYear = 2024;

        /// <summary>Longest nap; the inputs that cannot wake the chip are read at least this often while idle.</summary>
        public const int NapMs = 1000;

        /// <summary>The station's CA certificate on the card (hardware/flashing.md).</summary>
        public const string StationCaFile = "station-ca.pem";

        private readonly LoopParts _parts;
        private DeviceAgent _agent;
        private bool _cardMissingReported;
        private long _nextWifiTryMs;
        private bool _timeStarted;
        private bool _utcTaken;
        private bool _started;

        /// <summary>Creates the loop over <paramref name="parts"/>; nothing runs before the first pass.</summary>
        public CameraLoop(LoopParts parts)
        {
            if (parts == null || parts.Agent == null || parts.Card == null || parts.Edges == null || parts.Pins == null
                || parts.Network == null || parts.Sleep == null || parts.Watchdog == null || parts.Clock == null
                || parts.Station == null || parts.Log == null)
            {
                throw new ArgumentNullException(nameof(parts));
            }

            _parts = parts;
        }

        /// <summary>Raised with the agent once it exists, before it boots (to follow its notes and clips).</summary>
        public event LoopAgentHandler AgentCreated;

        /// <summary>Raised once the agent booted and the drivers are attached.</summary>
        public event LoopAgentHandler AgentBooted;

        /// <summary>The agent, or null while no card has mounted yet.</summary>
        public DeviceAgent Agent
        {
            get { return _agent; }
        }

        /// <summary>True once the agent powered off: the loop has ended.</summary>
        public bool IsPoweredOff
        {
            get { return _agent != null && _agent.IsPoweredOff; }
        }

        /// <summary>Passes until the orderly power-off, then powers down (on the device this never returns).</summary>
        public void Run()
        {
            while (!IsPoweredOff)
            {
                Pass();
            }

            PowerDown();
        }

        /// <summary>One pass of the loop at the clock's time; the first ones wait for a card and boot on it.</summary>
        public void Pass()
        {
            if (!_started)
            {
                _started = true;
                _parts.Watchdog.Start();
            }

            if (_agent == null && !TryBoot())
            {
                return;
            }

            if (_agent.IsPoweredOff)
            {
                return;
            }

            long now = _parts.Clock.NowMs;
            DrainEdges();
            _parts.Station.SetNetworkUp(_parts.Network.IsConnected);
            _agent.Step(now);
            PowerOffWhenCritical(now);
            KeepNetwork(now);
            _parts.Watchdog.Kick();
            if (!TryNap())
            {
                _parts.Sleep.Pause(PassMs);
            }
        }

        /// <summary>After the orderly power-off: indicators off, card unmounted, deep sleep until docked.</summary>
        public void PowerDown()
        {
            _parts.Pins.SwitchOff(_parts.Clock.NowMs);
            _parts.Card.Unmount();
            _parts.Sleep.PowerDown();
        }

        private bool TryBoot()
        {
            // Everything the agent does lives on the card (config, audit log, evidence): no card, no agent.
            if (!_parts.Card.TryMount())
            {
                if (!_cardMissingReported)
                {
                    _parts.Log.Problem("no card; waiting for one");
                    _cardMissingReported = true;
                }

                _parts.Watchdog.Kick();
                _parts.Sleep.Pause(CardRetryMs);
                return false;
            }

            AgentParts agentParts = _parts.Agent;
            if (agentParts.Settings == null)
            {
                agentParts.Settings = new AgentSettings();
            }

            // The one space account: the agent measures what is on the card against the room the slot reports.
            agentParts.Settings.CardCapacityBytes = _parts.Card.CapacityBytes;
            _agent = new DeviceAgent(agentParts);
            LoopAgentHandler created = AgentCreated;
            if (created != null)
            {
                created(_agent);
            }

            _agent.Boot(_parts.Clock.NowMs);
            if (_agent.Space != null)
            {
                _parts.Log.Note("card mounted, " + (_agent.Space.AvailableBytes / (1024 * 1024)).ToString() + " MiB free");
            }

            TakeStationCredentials();
            _parts.Pins.Start(_agent.Config, new InputMap(_agent.Inputs), _agent.NowMs);
            new StatusFeed(_parts.Pins.Display, _agent.Config).Follow(_agent);  // lives on in the agent's events
            _agent.AddPeripheral(_parts.Pins);
            _parts.Edges.PostCurrentLevels();
            LoopAgentHandler booted = AgentBooted;
            if (booted != null)
            {
                booted(_agent);
            }

            return true;
        }

        /// <summary>
        /// The device credential (config.txt's station_token) and the pinned CA (station-ca.pem) for the transport;
        /// an https station with no CA is named at start-up, since every request to it is refused unsent.
        /// </summary>
        private void TakeStationCredentials()
        {
            string token = _agent.Config.StationToken;
            _parts.Station.TakeToken(token != null && token.Length > 0 ? token : null);
            bool hasCa = _parts.Station.TakeCa(StationCaFile);
            string url = _agent.StationUrl;
            if (url.Length == 0)
            {
                _parts.Log.Note("no station_url in config.txt; nothing is uploaded");
            }
            else if (!hasCa && url.Length > 6 && url.Substring(0, 6).ToLower() == "https:")
            {
                _parts.Log.Problem("no " + StationCaFile + " on the card; the https station will be refused");
            }
        }

        private void DrainEdges()
        {
            int pin;
            bool high;
            long timeMs;
            while (_parts.Edges.TryTakeEdge(out pin, out high, out timeMs))
            {
                _parts.Pins.OnPinEdge(pin, high, timeMs);
            }
        }

        /// <summary>
        /// Critical battery off the dock: the recorder has closed its clip on the band already; the orderly power-off
        /// notes it in the audit log and ends the loop before the brownout detector cuts the card mid-write. On the
        /// dock the battery charges, so the camera stays up. Whether it is docked is known only once the dock's
        /// debounce has settled after boot: a camera woken by its dock with a flat battery must not power off
        /// before that, or the dock wakes it again at once, over and over.
        /// </summary>
        private void PowerOffWhenCritical(long now)
        {
            bool dockKnown = now - _agent.BootTimeMs >= _agent.Config.DockDebounceMs + PassMs;
            if (dockKnown && _agent.Recorder.IsBatteryCritical && !_agent.Recorder.IsDocked)
            {
                _agent.PowerOff(now);
            }
        }

        /// <summary>Wi-Fi only while docked (the radio costs battery and blocks naps); the time server's UTC once.</summary>
        private void KeepNetwork(long now)
        {
            INetworkLink link = _parts.Network;
            if (!_agent.Recorder.IsDocked || _agent.IsPoweredOff)
            {
                if (link.IsConnected)
                {
                    link.Disconnect();
                    _timeStarted = false;
                }

                return;
            }

            string ssid = _agent.Config.WifiSsid;
            if (!link.IsConnected && !link.IsJoining && now >= _nextWifiTryMs && ssid != null && ssid.Length > 0)
            {
                _nextWifiTryMs = now + WifiRetryMs;
                link.BeginConnect(ssid, _agent.Config.WifiPassword, WifiJoinTimeoutMs);
            }

            if (link.IsConnected && !_timeStarted)
            {
                _timeStarted = true;
                link.StartTime(StationHost(_agent.StationUrl));
            }

            // The wall clock is unset (year 1970/2000) until the time server answers; only then is it worth handing over.
            if (_timeStarted && !_utcTaken)
            {
                DateTime utc = link.UtcNow;
                if (utc.Year >= EarliestPlausibleYear)
                {
                    _utcTaken = _agent.SetUtc(_parts.Clock.NowMs, utc, "sntp");
                }
            }
        }

        private bool TryNap()
        {
            bool idle = _agent.Recorder.State == RecorderState.Idle && !_agent.Recorder.IsDocked && !_agent.IsPoweredOff;
            if (!idle || !_parts.Sleep.TryNap(NapMs))
            {
                return false;
            }

            // Edges during sleep raised no interrupt: post the levels now, the debounce drops the unchanged ones.
            _parts.Edges.PostCurrentLevels();
            return true;
        }

        /// <summary>The host part of the station URL, the time server in the dock network.</summary>
        private static string StationHost(string url)
        {
            int start = url.IndexOf("://");
            start = start < 0 ? 0 : start + 3;
            int end = start;
            while (end < url.Length && url[end] != ':' && url[end] != '/')
            {
                end++;
            }

            return url.Substring(start, end - start);
        }
    }
}
