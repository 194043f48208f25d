// Mirrors nanoFramework.System.Device.Wifi 1.5.149 (assembly System.Device.Wifi 1.5.149.0), source of
// nanoframework/System.Device.Wifi on its 1.5 line (tag v1.5.147, the last tag in the mirror read; the public API
// of WifiNetworkHelper is unchanged since). Only the members BwcFirmware's device code uses; signatures only, every
// body throws. Compile check only: never shipped, never deployed.
using System;
using System.Device.Wifi;
using System.Threading;

namespace System.Device.Wifi
{
    public enum WifiReconnectionKind
    {
        Automatic,
        Manual,
    }
}

namespace nanoFramework.Networking
{
    public static class WifiNetworkHelper
    {
        public static bool ConnectDhcp(
            string ssid,
            string password,
            WifiReconnectionKind reconnectionKind = WifiReconnectionKind.Automatic,
            bool requiresDateTime = false,
            int wifiAdapterId = 0,
            CancellationToken token = default) => throw new NotImplementedException();

        public static void Disconnect() => throw new NotImplementedException();
    }
}
