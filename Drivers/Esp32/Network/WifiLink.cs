using System;
using System.Device.Wifi;
using System.Net.NetworkInformation;
using System.Threading;
using BwcFirmware.Drivers.Esp32.Timing;
using BwcFirmware.Shared.Loop;
using nanoFramework.Networking;

namespace BwcFirmware.Drivers.Esp32.Network
{
    /// <summary>
    /// Wi-Fi for syncing in the dock, with credentials from the card's config, and off while undocked: the radio
    /// costs battery and must not run through a light sleep. nanoFramework starts or leaves off the Wi-Fi driver only
    /// at start-up, from the stored configuration (<see cref="WifiRadio"/>), so the link stores what the next start
    /// needs and restarts when that is safe (<see cref="RestartAllowed"/>: never while a clip is open). Joining blocks
    /// for seconds, so it runs on its own short-lived thread and the loop only polls <see cref="IsConnected"/>.
    /// </summary>
    public sealed class WifiLink : INetworkLink
    {
        private const string NoAddress = "0.0.0.0";
        private const int AddressPollMs = 250;

        private readonly object _gate = new object();
        private readonly WifiRadio _radio;
        private Thread _joiner;
        private bool _connected;

        /// <summary>Creates the link over the radio as this boot left it.</summary>
        public WifiLink(WifiRadio radio)
        {
            _radio = radio;
        }

        /// <summary>Asked before the link restarts the chip to switch the radio; null never allows it.</summary>
        public RestartCheck RestartAllowed { get; set; }

        /// <summary>True while joined to the network.</summary>
        public bool IsConnected
        {
            get
            {
                lock (_gate)
                {
                    return _connected;
                }
            }
        }

        /// <summary>True while a join is under way.</summary>
        public bool IsJoining
        {
            get
            {
                lock (_gate)
                {
                    return _joiner != null;
                }
            }
        }

        /// <summary>The wall clock, set by SNTP once it answered (1970 before).</summary>
        public DateTime UtcNow
        {
            get { return DateTime.UtcNow; }
        }

        /// <summary>
        /// Starts joining <paramref name="ssid"/> with DHCP in the background, giving up after
        /// <paramref name="timeoutMs"/>; nothing happens while a join is under way or connected. When this boot left
        /// the radio off (it started undocked), the radio is stored on and the chip restarts if allowed.
        /// </summary>
        public void BeginConnect(string ssid, string password, int timeoutMs)
        {
            if (!_radio.StartedThisBoot)
            {
                if (_radio.StoreForNextStart(true) && MayRestart())
                {
                    _radio.Restart();
                }

                return;
            }

            lock (_gate)
            {
                if (_joiner != null || _connected)
                {
                    return;
                }

                _joiner = new Thread(() => Join(ssid, password, timeoutMs));
                _joiner.Start();
            }
        }

        /// <summary>
        /// Leaves the network (the loop calls it when the camera leaves the dock), stores the radio off and restarts
        /// the chip if allowed, so the radio is off from then on; otherwise it goes off at the next start.
        /// </summary>
        public void Disconnect()
        {
            WifiAdapter adapter = Adapter();
            if (adapter != null)
            {
                adapter.Disconnect();
            }

            lock (_gate)
            {
                _connected = false;
            }

            if (_radio.StoreForNextStart(false) && MayRestart())
            {
                _radio.Restart();
            }
        }

        /// <summary>
        /// Starts SNTP and asks for the time now, from the image's own servers. <paramref name="server"/> is not handed
        /// on: nanoFramework passes the managed string's text to lwIP, which keeps the pointer
        /// (nf-interpreter src/DeviceInterfaces/Networking.Sntp/nf_networking_sntp_nanoFramework_Networking_Sntp.cpp:93-98),
        /// and a string built at run time is moved or freed by the garbage collector. In the dock the station's Date
        /// header sets UTC as well.
        /// </summary>
        public void StartTime(string server)
        {
            if (!Sntp.IsStarted)
            {
                Sntp.Start();
            }

            Sntp.UpdateNow();
        }

        private bool MayRestart()
        {
            RestartCheck allowed = RestartAllowed;
            return allowed != null && allowed();
        }

        private static WifiAdapter Adapter()
        {
            WifiAdapter[] adapters = WifiAdapter.FindAllAdapters();
            return adapters.Length > 0 ? adapters[0] : null;
        }

        private void Join(string ssid, string password, int timeoutMs)
        {
            bool joined = false;
            try
            {
                // WifiAdapter.Connect, not WifiNetworkHelper.ConnectDhcp: the helper stores SSID and password in the
                // device's configuration (System.Device.Wifi WifiNetworkHelper.cs:436-444). Automatic is 0, which
                // carries no save flag to the native connect (nf-interpreter targets/ESP32/_common/Target_Network.cpp:230).
                WifiAdapter adapter = Adapter();
                if (adapter != null)
                {
                    long deadlineMs = MonotonicClock.NowMs + timeoutMs;
                    WifiConnectionResult result = adapter.Connect(ssid, WifiReconnectionKind.Automatic, password);
                    joined = result.ConnectionStatus == WifiConnectionStatus.Success && WaitForAddress(deadlineMs);
                }
            }
            catch (Exception)
            {
                joined = false;
            }

            lock (_gate)
            {
                _connected = joined;
                _joiner = null;
            }
        }

        /// <summary>Waits for DHCP to give the station an address; false at the deadline.</summary>
        private static bool WaitForAddress(long deadlineMs)
        {
            while (MonotonicClock.NowMs < deadlineMs)
            {
                NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
                for (int i = 0; i < interfaces.Length; i++)
                {
                    if (interfaces[i].NetworkInterfaceType == NetworkInterfaceType.Wireless80211
                        && interfaces[i].IPv4Address != null && interfaces[i].IPv4Address != NoAddress)
                    {
                        return true;
                    }
                }

                Thread.Sleep(AddressPollMs);
            }

            return false;
        }
    }

    /// <summary>Says whether the chip may restart now (nothing would be lost).</summary>
    public delegate bool RestartCheck();
}
