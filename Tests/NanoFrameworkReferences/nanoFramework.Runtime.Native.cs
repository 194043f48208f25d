// Mirrors nanoFramework.Runtime.Native 1.7.11 (assembly nanoFramework.Runtime.Native 1.7.11.0), source tag v1.7.11
// of nanoframework/nanoFramework.Runtime.Native. Only the members BwcFirmware's device code uses; signatures only, every
// body throws. Compile check only: never shipped, never deployed.
using System;

namespace nanoFramework.Runtime.Native
{
    public class Power
    {
        public static void RebootDevice(RebootOption rebootOption = RebootOption.NormalReboot) => throw new NotImplementedException();
    }

    public enum RebootOption
    {
        NormalReboot = 0,
        EnterNanoBooter = 1,
        ClrOnly = 2,
        EnterProprietaryBooter = 8,
    }
}

namespace System
{
    public static partial class Environment
    {
        public static long TickCount64 => throw new NotImplementedException();
    }
}
