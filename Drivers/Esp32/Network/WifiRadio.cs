using System.Net.NetworkInformation;

namespace BwcFirmware.Drivers.Esp32.Network
{
    /// <summary>
    /// Whether the Wi-Fi station runs, as nanoFramework's ESP32 image decides it: only at start-up, from the stored
    /// station configuration (the driver starts when its options hold Enable, nf-interpreter
    /// targets/ESP32/_Network/NF_ESP32_Wireless.cpp:61-64, and connects at boot when they hold AutoConnect and an
    /// SSID, :349-354). No managed call stops a started driver (WifiAdapter's Dispose and Disconnect do not: the
    /// native DisposeNative is empty and Disconnect is esp_wifi_disconnect, NF_ESP32_Wireless.cpp:300-313), so the
    /// radio is switched by storing the options and restarting. The stored configuration never keeps an SSID, a
    /// password or AutoConnect: the card's config gives the credentials at each join.
    /// </summary>
    public sealed class WifiRadio
    {
        private readonly Wireless80211Configuration _station;

        /// <summary>Reads the stored station configuration; <see cref="StartedThisBoot"/> says what this boot did with it.</summary>
        public WifiRadio()
        {
            _station = FindStation();
            StartedThisBoot = _station != null && IsEnabled(_station.Options);
        }

        /// <summary>True when the driver was started at this boot (the radio is up until the next restart).</summary>
        public bool StartedThisBoot { get; }

        /// <summary>True when the image has a Wi-Fi station at all.</summary>
        public bool Present
        {
            get { return _station != null; }
        }

        /// <summary>
        /// Stores the station as enabled (<paramref name="on"/>) or disabled for the next start, without credentials
        /// or auto-connect; true when the next start differs from this one (a restart switches the radio).
        /// </summary>
        public bool StoreForNextStart(bool on)
        {
            if (_station == null)
            {
                return false;
            }

            Wireless80211Configuration.ConfigurationOptions wanted = on
                ? Wireless80211Configuration.ConfigurationOptions.Enable
                : Wireless80211Configuration.ConfigurationOptions.Disable;
            if (_station.Options != wanted || !IsEmpty(_station.Ssid) || !IsEmpty(_station.Password))
            {
                _station.Options = wanted;
                _station.Ssid = string.Empty;
                _station.Password = string.Empty;
                _station.SaveConfiguration();
            }

            // Restart only when the store holds what was asked: a restart that changes nothing would repeat forever.
            Wireless80211Configuration stored = FindStation();
            return on != StartedThisBoot && stored != null && IsEnabled(stored.Options) == on;
        }

        /// <summary>Restarts the chip (a full reset, nf-interpreter src/CLR/Startup/CLRStartup.cpp:489).</summary>
        public void Restart()
        {
            nanoFramework.Runtime.Native.Power.RebootDevice();
        }

        private static bool IsEnabled(Wireless80211Configuration.ConfigurationOptions options)
        {
            return (options & Wireless80211Configuration.ConfigurationOptions.Enable) != 0
                && (options & Wireless80211Configuration.ConfigurationOptions.Disable) == 0;
        }

        private static bool IsEmpty(string text)
        {
            return text == null || text.Length == 0;
        }

        private static Wireless80211Configuration FindStation()
        {
            NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
            for (int i = 0; i < interfaces.Length; i++)
            {
                if (interfaces[i].NetworkInterfaceType == NetworkInterfaceType.Wireless80211)
                {
                    return Wireless80211Configuration.GetAllWireless80211Configurations()[interfaces[i].SpecificConfigId];
                }
            }

            return null;
        }
    }
}
