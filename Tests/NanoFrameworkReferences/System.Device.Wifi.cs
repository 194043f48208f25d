// Mirrors nanoFramework.System.Device.Wifi 1.5.149 (assembly System.Device.Wifi 1.5.149.0), source of
// nanoframework/System.Device.Wifi on its 1.5 line (tag v1.5.147, the last 1.5 tag in the mirror read; WifiAdapter and
// its result types are unchanged since). Only the members BwcFirmware's device code uses; signatures only, every
// body throws. Compile check only: never shipped, never deployed.
using System;

namespace System.Device.Wifi
{
    public sealed class WifiAdapter : IDisposable
    {
        private WifiAdapter() => throw new NotImplementedException();

        public static WifiAdapter[] FindAllAdapters() => throw new NotImplementedException();

        public WifiConnectionResult Connect(string ssid, WifiReconnectionKind reconnectionKind, string passwordCredential) => throw new NotImplementedException();

        public void Disconnect() => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }

    public class WifiConnectionResult
    {
        private WifiConnectionResult() => throw new NotImplementedException();

        public WifiConnectionStatus ConnectionStatus => throw new NotImplementedException();
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
