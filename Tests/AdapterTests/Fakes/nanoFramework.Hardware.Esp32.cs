// Fakes of nanoFramework.Hardware.Esp32 1.6.40's Sleep and nanoFramework.Runtime.Native 1.7.11's Power, with the
// members Tests/NanoFrameworkReferences declares, over FakeChip.
using System;
using BwcFirmware.AdapterTests.Fakes;

namespace nanoFramework.Hardware.Esp32
{
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

        public static EspNativeError EnableWakeupByTimer(TimeSpan time)
        {
            FakeChip.ArmedWakes.RemoveAll(w => w.StartsWith("timer", StringComparison.Ordinal));
            FakeChip.ArmedWakes.Add("timer " + (long)time.TotalMilliseconds + " ms");
            return EspNativeError.OK;
        }

        public static EspNativeError EnableWakeupByPin(WakeupGpioPin pin, int level)
        {
            // One ext0 source: a new pin replaces the old (esp_sleep_enable_ext0_wakeup).
            FakeChip.ArmedWakes.RemoveAll(w => w.StartsWith("ext0", StringComparison.Ordinal));
            FakeChip.ArmedWakes.Add("ext0 GPIO" + PinOf(pin) + " level " + level);
            return EspNativeError.OK;
        }

        public static EspNativeError StartLightSleep()
        {
            FakeChip.LightSleeps++;
            foreach (string wake in FakeChip.ArmedWakes)
            {
                if (wake.StartsWith("ext0 GPIO", StringComparison.Ordinal))
                {
                    FakeChip.RtcPads.Add(int.Parse(wake.Substring(9, wake.IndexOf(' ', 9) - 9)));
                }
            }

            return EspNativeError.OK;
        }

        public static void StartDeepSleep()
        {
            FakeChip.DeepSleptWith = new global::System.Collections.Generic.List<string>(FakeChip.ArmedWakes);
            throw new ChipAsleep();
        }

        private static int PinOf(WakeupGpioPin pin)
        {
            ulong mask = (ulong)pin;
            int index = 0;
            while (mask > 1)
            {
                mask >>= 1;
                index++;
            }

            return index;
        }
    }
}

namespace nanoFramework.Runtime.Native
{
    public class Power
    {
        public static void RebootDevice(RebootOption rebootOption = RebootOption.NormalReboot) => FakeChip.Restart();
    }

    public enum RebootOption
    {
        NormalReboot = 0,
        EnterNanoBooter = 1,
        ClrOnly = 2,
        EnterProprietaryBooter = 8,
    }
}
