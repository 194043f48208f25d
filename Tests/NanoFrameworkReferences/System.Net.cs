// Mirrors nanoFramework.System.Net 1.11.60 (assembly System.Net 1.11.60.0), source of nanoframework/System.Net on
// its 1.11 line (tag v1.11.54, the last 1.11 tag in the mirror read; the members below are unchanged since).
// Only the members BwcFirmware's device code uses; signatures only, every
// body throws. Compile check only: never shipped, never deployed.
// SslProtocols and SslVerification: Security/NetworkSecurity.cs; SocketException: SocketException.cs;
// NetworkInterface, NetworkInterfaceType and Wireless80211Configuration: NetworkInformation/.
using System;

namespace System.Security.Cryptography.X509Certificates
{
    public class X509Certificate
    {
        public X509Certificate(byte[] certificate) => throw new NotImplementedException();

        public X509Certificate(string certificate) => throw new NotImplementedException();
    }
}

namespace System.Net.Security
{
    [Flags]
    public enum SslProtocols
    {
        None = 0x00,
        Tls12 = 3072,
        Tls13 = 12288,
    }

    public enum SslVerification
    {
        NoVerification = 1,
        VerifyPeer = 2,
        CertificateRequired = 4,
        VerifyClientOnce = 8,
    }
}

namespace System.Net.Sockets
{
    [Serializable]
    public class SocketException : Exception
    {
        private SocketException() => throw new NotImplementedException();
    }
}

namespace System.Net.NetworkInformation
{
    public class NetworkInterface
    {
        private NetworkInterface() => throw new NotImplementedException();

        public static NetworkInterface[] GetAllNetworkInterfaces() => throw new NotImplementedException();

        public string IPv4Address => throw new NotImplementedException();

        public NetworkInterfaceType NetworkInterfaceType => throw new NotImplementedException();

        public uint SpecificConfigId { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }
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
        public Wireless80211Configuration(uint id) => throw new NotImplementedException();

        public ConfigurationOptions Options { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }

        public string Password { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }

        public string Ssid { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }

        public void SaveConfiguration() => throw new NotImplementedException();

        public static Wireless80211Configuration[] GetAllWireless80211Configurations() => throw new NotImplementedException();

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
