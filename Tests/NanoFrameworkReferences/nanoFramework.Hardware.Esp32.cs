// Mirrors nanoFramework.Hardware.Esp32 1.6.40 (assembly nanoFramework.Hardware.Esp32 1.6.40.0), source tag v1.6.40
// of nanoframework/nanoFramework.Hardware.Esp32. Only the members BwcFirmware's device code uses; signatures only, every
// body throws. Compile check only: never shipped, never deployed.
// DeviceFunction values are the real ones (DeviceTypes.SDMMC = 8 << 16, device index << 8).
using System;

namespace nanoFramework.Hardware.Esp32
{
    public class Configuration
    {
        public static void SetPinFunction(int pin, DeviceFunction value) => throw new NotImplementedException();
    }

    public enum DeviceFunction
    {
        SDMMC1_CLOCK = 0x80100,
        SDMMC1_COMMAND = 0x80101,
        SDMMC1_D0 = 0x80102,
    }

    public enum EspNativeError : int
    {
        OK = 0,
        FAIL = -1,
    }

    public class Sleep
    {
        [Flags]
        public enum WakeupGpioPin : ulong
        {
            None = 0,
            Pin0 = 1,
        }

        public static EspNativeError EnableWakeupByTimer(TimeSpan time) => throw new NotImplementedException();

        public static EspNativeError EnableWakeupByPin(WakeupGpioPin pin, int level) => throw new NotImplementedException();

        public static EspNativeError StartLightSleep() => throw new NotImplementedException();

        public static void StartDeepSleep() => throw new NotImplementedException();
    }
}
