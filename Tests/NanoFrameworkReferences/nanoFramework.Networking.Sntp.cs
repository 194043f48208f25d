// Mirrors nanoFramework.Networking.Sntp 1.6.42 (assembly nanoFramework.Networking.Sntp 1.6.42.0), source tag
// v1.6.42 of nanoframework/nanoFramework.Networking.Sntp. Only the members BwcFirmware's device code uses; signatures only, every
// body throws. Compile check only: never shipped, never deployed.
using System;

namespace nanoFramework.Networking
{
    public class Sntp
    {
        public static void Start() => throw new NotImplementedException();

        public static void UpdateNow() => throw new NotImplementedException();

        public static bool IsStarted => throw new NotImplementedException();

        public static string Server1 { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }
    }
}
