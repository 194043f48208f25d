using System;
using System.Device.Wifi;
using System.Threading;
using BwcFirmware.Shared.Loop;
using nanoFramework.Networking;

namespace BwcFirmware.Drivers.Esp32.Network
{
    /// <summary>
    /// Wi-Fi for syncing in the dock, with credentials from the card's config. Off while undocked (the radio
    /// costs battery, blocks light sleep and would stop ADC2 if anything used it). Joining blocks for seconds, so
    /// it runs on its own short-lived thread and the loop only polls <see cref="IsConnected"/>; the loop (and its
    /// watchdog) never wait for the radio. UTC comes from SNTP once connected; event times stay monotonic.
    /// </summary>
    public sealed class WifiLink : INetworkLink
    {
        private readonly object _gate = new object();
        private Thread _joiner;
        private bool _connected;

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
        /// <paramref name="timeoutMs"/>; nothing happens while a join is already under way or connected.
        /// </summary>
        public void BeginConnect(string ssid, string password, int timeoutMs)
        {
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

        /// <summary>Leaves the network (the loop calls it when the camera leaves the dock).</summary>
        public void Disconnect()
        {
            WifiNetworkHelper.Disconnect();
            lock (_gate)
            {
                _connected = false;
            }
        }

        /// <summary>Starts SNTP against <paramref name="server"/> and asks for an update now.</summary>
        public void StartTime(string server)
        {
            Sntp.Server1 = server;
            if (!Sntp.IsStarted)
            {
                Sntp.Start();
            }

            Sntp.UpdateNow();
        }

        private void Join(string ssid, string password, int timeoutMs)
        {
            bool joined;
            using (CancellationTokenSource timeout = new CancellationTokenSource(timeoutMs))
            {
                joined = WifiNetworkHelper.ConnectDhcp(ssid, password, WifiReconnectionKind.Automatic, false, 0, timeout.Token);
            }

            lock (_gate)
            {
                _connected = joined;
                _joiner = null;
            }
        }
    }
}
