using System;
using System.Threading;
using BwcFirmware.Drivers.Board;
using BwcFirmware.Drivers.Esp32.Card;
using BwcFirmware.Drivers.Esp32.Indicators;
using BwcFirmware.Drivers.Esp32.Network;
using BwcFirmware.Drivers.Esp32.Power;
using BwcFirmware.Drivers.Esp32.Timing;
using BwcFirmware.Shared.Agent;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Device
{
    /// <summary>
    /// The one loop that owns the state machine: every pass takes the GPIO edges posted by interrupt handlers,
    /// hands them to the portable drivers, steps the agent (recorder, media, sync), renders the indicators, keeps
    /// Wi-Fi up only while docked, kicks the watchdog, and naps in light sleep when nothing is being recorded.
    /// </summary>
    public sealed class DeviceLoop
    {
        /// <summary>Loop period: 50 passes a second, enough for 15 fps video and 20 ms button timing.</summary>
        public const int PassMs = 20;

        /// <summary>Allocation unit the card is formatted with (hardware/flashing.md).</summary>
        public const long CardClusterBytes = 32768;

        /// <summary>Held back from the card's size for FAT structures and directory entries.</summary>
        public const long CardReserveBytes = 4L * 1024 * 1024;

        /// <summary>How long a Wi-Fi join may take in the dock (on its own thread).</summary>
        public const int WifiJoinTimeoutMs = 20000;

        /// <summary>Wait between failed joins.</summary>
        public const int WifiRetryMs = 60000;

        /// <summary>A wall clock earlier than this year has not been set by SNTP yet.</summary>
        public const int EarliestPlausibleYear = 2024;

        /// <summary>Longest light-sleep nap; the other inputs are sampled at least this often while idle.</summary>
        public const int NapMs = 1000;

        /// <summary>How often a missing card is looked for at start-up.</summary>
        public const int CardRetryMs = 2000;

        /// <summary>Card read-back per slice of a closed chunk's hash (the engine scales slices to the video rate).</summary>
        public const int ChunkHashSliceBytes = 16384;

        /// <summary>The station's CA certificate on the card (hardware/flashing.md).</summary>
        public const string StationCaFile = "station-ca.pem";

        private readonly DeviceHardware _hardware;
        private readonly DeviceAgent _agent;
        private readonly BoardDrivers _drivers;
        private readonly GpioIndicators _indicators;
        private readonly PinRoles _roles;
        private readonly DeviceHttpSettings _http;
        private long _nextWifiTryMs;
        private bool _timeStarted;
        private bool _utcTaken;

        private DeviceLoop(DeviceHardware hardware, DeviceAgent agent, BoardDrivers drivers, GpioIndicators indicators, DeviceHttpSettings http)
        {
            _hardware = hardware;
            _http = http;
            _agent = agent;
            _drivers = drivers;
            _indicators = indicators;
            _roles = new PinRoles(hardware.Pins);
        }

        /// <summary>Waits for a card, boots the agent on it and wires the portable drivers to the adapters.</summary>
        public static DeviceLoop Boot(DeviceHardware hardware, StartupReport report)
        {
            // Everything the agent does lives on the card (config, audit log, evidence): no card, no agent.
            hardware.Watchdog.Start();
            bool reported = false;
            while (!hardware.Card.TryMount())
            {
                if (!reported)
                {
                    report.Problem("no card; waiting for one");
                    reported = true;
                }

                hardware.Watchdog.Kick();
                Thread.Sleep(CardRetryMs);
            }

            FatCardFileSystem card = new FatCardFileSystem(SdCardMount.DriveRoot, CardClusterBytes, CardReserveBytes);
            report.Note("card mounted, " + (card.GetFreeBytes() / (1024 * 1024)).ToString() + " MiB free");

            // The token and CA live on the card, read by the boot: the transport exists first, its settings follow.
            DeviceHttpSettings http = new DeviceHttpSettings();
            DeviceAgent agent = new DeviceAgent(new AgentParts
            {
                Card = card,
                Frames = hardware.Camera != null ? (IFrameSource)hardware.Camera : new NoCamera(),
                Audio = hardware.Microphone,
                Sha256 = new Sha256(),
                ChunkHasher = new SlicedFileHasher(card, new Sha256(), ChunkHashSliceBytes),
                Http = new NanoHttpTransport(SdCardMount.DriveRoot, http),
                Settings = new AgentSettings { CardCapacityBytes = card.GetFreeBytes() },
            });
            agent.Boot(MonotonicClock.NowMs);
            TakeStationCredentials(agent, http, report);

            GpioIndicators indicators = new GpioIndicators(hardware.RecordLed, hardware.Haptic);
            BoardDrivers drivers = new BoardDrivers(agent.Inputs, agent.Config, hardware.Battery, indicators);
            drivers.Attach(agent);
            hardware.Inputs.PostCurrentLevels();
            if (hardware.Microphone != null)
            {
                hardware.Microphone.Start();
            }

            return new DeviceLoop(hardware, agent, drivers, indicators, http);
        }

        /// <summary>
        /// Runs until an orderly power-off (the critical-battery band makes the recorder close its clip and the agent
        /// power off before the brownout detector would cut the card mid-write), then deep-sleeps until docked.
        /// </summary>
        public void Run()
        {
            while (!_agent.IsPoweredOff)
            {
                long now = MonotonicClock.NowMs;
                DrainEdges();
                _http.NetworkUp = _hardware.Wifi.IsConnected;
                _agent.Step(now);
                PowerOffWhenCritical(now);
                _indicators.Step(now);
                KeepNetwork(now);
                _hardware.Watchdog.Kick();
                if (!TryNap())
                {
                    Thread.Sleep(PassMs);
                }
            }

            _indicators.ShowLed(Drivers.Indicators.LedPattern.Off, MonotonicClock.NowMs);
            _indicators.Step(MonotonicClock.NowMs);
            _hardware.Card.Unmount();
            IdleSleep.PowerDown(_hardware.Pins.Dock);
        }

        /// <summary>
        /// Critical battery off the dock: the recorder has closed its clip on the band already; the orderly power-off
        /// notes it in the audit log and ends the loop before the brownout detector cuts the card mid-write. On the
        /// dock the battery charges, so the camera stays up.
        /// </summary>
        private void PowerOffWhenCritical(long now)
        {
            if (_agent.Recorder.IsBatteryCritical && !_drivers.Dock.IsActive)
            {
                _agent.PowerOff(now);
            }
        }

        /// <summary>
        /// The device credential (config.txt's station_token) and the pinned CA (station-ca.pem) for the transport; an
        /// https station with no CA is named at start-up, since every request to it is refused unsent.
        /// </summary>
        private static void TakeStationCredentials(DeviceAgent agent, DeviceHttpSettings http, StartupReport report)
        {
            string token = agent.Config.StationToken;
            http.BearerToken = token != null && token.Length > 0 ? token : null;
            http.StationCa = StationCertificate.TryRead(SdCardMount.DriveRoot + StationCaFile);
            string url = agent.StationUrl;
            if (url.Length == 0)
            {
                report.Note("no station_url in config.txt; nothing is uploaded");
            }
            else if (http.StationCa == null && url.Length > 6 && url.Substring(0, 6).ToLower() == "https:")
            {
                report.Problem("no " + StationCaFile + " on the card; the https station will be refused");
            }
        }

        private void DrainEdges()
        {
            GpioEdge edge;
            while (_hardware.Edges.TryTake(out edge))
            {
                BoardInput input;
                bool activeHigh;
                if (_roles.TryFind(edge.Pin, out input, out activeHigh))
                {
                    _drivers.OnEdge(input, edge.High == activeHigh, edge.TimeMs);
                }
            }
        }

        private void KeepNetwork(long now)
        {
            WifiLink wifi = _hardware.Wifi;
            if (!_drivers.Dock.IsActive)
            {
                if (wifi.IsConnected)
                {
                    wifi.Disconnect();
                    _timeStarted = false;
                }

                return;
            }

            if (!wifi.IsConnected && !wifi.IsJoining && now >= _nextWifiTryMs && _agent.Config.WifiSsid.Length > 0)
            {
                _nextWifiTryMs = now + WifiRetryMs;
                wifi.BeginConnect(_agent.Config.WifiSsid, _agent.Config.WifiPassword, WifiJoinTimeoutMs);
            }

            if (wifi.IsConnected && !_timeStarted)
            {
                _timeStarted = true;
                wifi.StartTime(StationHost(_agent.Config.StationUrl));
            }

            // The wall clock is unset (year 1970/2000) until SNTP answers; only then is it worth handing over.
            if (_timeStarted && !_utcTaken && DateTime.UtcNow.Year >= EarliestPlausibleYear)
            {
                _utcTaken = _agent.SetUtc(MonotonicClock.NowMs, DateTime.UtcNow, "sntp");
            }
        }

        private bool TryNap()
        {
            bool idle = _agent.Recorder.State == RecorderState.Idle && !_drivers.Dock.IsActive;
            if (!idle || !_hardware.Sleep.TryNap(NapMs))
            {
                return false;
            }

            // Edges during sleep raised no interrupt: post the levels now, the debounce drops the unchanged ones.
            _hardware.Inputs.PostCurrentLevels();
            return true;
        }

        /// <summary>The host part of the station URL, the SNTP server in the dock network.</summary>
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
