using System.Device.Wifi;
using System.Threading;
using nanoFramework.Networking;

namespace BwcFirmware.Drivers.Esp32.Network
{
    /// <summary>
    /// Wi-Fi for syncing in the dock, with credentials from the card's config. Off while undocked (the radio
    /// costs battery, blocks light sleep and would stop ADC2 if anything used it). UTC comes from SNTP once
    /// connected; event times stay monotonic, UTC only labels clips and audit records.
    /// </summary>
    public sealed class WifiLink
    {
        /// <summary>True after a successful <see cref="Connect"/> until <see cref="Disconnect"/>.</summary>
        public bool IsConnected { get; private set; }

        /// <summary>Joins <paramref name="ssid"/> with DHCP, waiting at most <paramref name="timeoutMs"/>; false on failure.</summary>
        public bool Connect(string ssid, string password, int timeoutMs)
        {
            using (CancellationTokenSource timeout = new CancellationTokenSource(timeoutMs))
            {
                IsConnected = WifiNetworkHelper.ConnectDhcp(ssid, password, WifiReconnectionKind.Automatic, false, 0, timeout.Token);
            }

            return IsConnected;
        }

        /// <summary>Leaves the network and switches the radio's connection off.</summary>
        public void Disconnect()
        {
            WifiNetworkHelper.Disconnect();
            IsConnected = false;
        }

        /// <summary>Starts SNTP against <paramref name="server"/> (the station, or the department's time server) and asks for an update now.</summary>
        public void StartTime(string server)
        {
            Sntp.Server1 = server;
            if (!Sntp.IsStarted)
            {
                Sntp.Start();
            }

            Sntp.UpdateNow();
        }
    }
}
