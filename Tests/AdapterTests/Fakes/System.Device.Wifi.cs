// Fakes of nanoFramework.System.Device.Wifi 1.5.149's WifiAdapter, nanoFramework.System.Net 1.11.60's
// NetworkInformation and nanoFramework.Networking.Sntp 1.6.42, with the members Tests/NanoFrameworkReferences
// declares, over FakeChip. Connect stores nothing for Automatic (0), as the native connect does without its save flag.
using System;
using System.Net.NetworkInformation;
using BwcFirmware.AdapterTests.Fakes;

namespace System.Device.Wifi
{
    public sealed class WifiAdapter : IDisposable
    {
        public static int Connects { get; set; }

        public static WifiAdapter[] FindAllAdapters() => new[] { new WifiAdapter() };

        public WifiConnectionResult Connect(string ssid, WifiReconnectionKind reconnectionKind, string passwordCredential)
        {
            Connects++;
            if (reconnectionKind == WifiReconnectionKind.Manual)
            {
                // Manual is 1, the native NETWORK_CONNECT_SAVE_CONFIG flag.
                FakeChip.StoredSsid = ssid;
                FakeChip.StoredPassword = passwordCredential;
                FakeChip.ConfigurationWrites++;
            }

            NetworkInterface.Address = FakeChip.WifiStarted ? "192.168.4.20" : "0.0.0.0";
            return new WifiConnectionResult(FakeChip.WifiStarted ? WifiConnectionStatus.Success : WifiConnectionStatus.UnspecifiedFailure);
        }

        public void Disconnect() => NetworkInterface.Address = "0.0.0.0";

        public void Dispose()
        {
        }
    }

    public class WifiConnectionResult
    {
        internal WifiConnectionResult(WifiConnectionStatus status)
        {
            ConnectionStatus = status;
        }

        public WifiConnectionStatus ConnectionStatus { get; }
    }

    public enum WifiConnectionStatus
    {
        AccessRevoked,
        InvalidCredential,
        NetworkNotAvailable,
        Success,
        Timeout,
        UnspecifiedFailure,
        UnsupportedAuthenticationProtocol,
    }

    public enum WifiReconnectionKind
    {
        Automatic,
        Manual,
    }
}

namespace System.Net.NetworkInformation
{
    public class NetworkInterface
    {
        internal static string Address { get; set; } = "0.0.0.0";

        public static NetworkInterface[] GetAllNetworkInterfaces() => new[] { new NetworkInterface() };

        public string IPv4Address => Address;

        public NetworkInterfaceType NetworkInterfaceType => NetworkInterfaceType.Wireless80211;

        public uint SpecificConfigId { get; set; }
    }

    public enum NetworkInterfaceType
    {
        Unknown = 1,
        Ethernet = 6,
        Wireless80211 = 71,
        WirelessAP = 72,
    }

    public class Wireless80211Configuration
    {
        public Wireless80211Configuration(uint id)
        {
            Options = (ConfigurationOptions)FakeChip.StoredWifiOptions;
            Ssid = FakeChip.StoredSsid;
            Password = FakeChip.StoredPassword;
        }

        public ConfigurationOptions Options { get; set; }

        public string Password { get; set; }

        public string Ssid { get; set; }

        public void SaveConfiguration()
        {
            FakeChip.StoredWifiOptions = (byte)Options;
            FakeChip.StoredSsid = Ssid;
            FakeChip.StoredPassword = Password;
            FakeChip.ConfigurationWrites++;
        }

        public static Wireless80211Configuration[] GetAllWireless80211Configurations() => new[] { new Wireless80211Configuration(0) };

        [Flags]
        public enum ConfigurationOptions : byte
        {
            None = 0,
            Disable = 0x01,
            Enable = 0x02,
            AutoConnect = 0x04 | Enable,
            SmartConfig = 0x08 | Enable,
        }
    }
}

namespace nanoFramework.Networking
{
    public class Sntp
    {
        public static bool IsStarted { get; private set; }

        public static void Start() => IsStarted = true;

        public static void UpdateNow()
        {
        }
    }
}
