using System;
using System.Threading;
using BwcFirmware.Shared.Loop;
using nanoFramework.Hardware.Esp32;

namespace BwcFirmware.Drivers.Esp32.Power
{
    /// <summary>
    /// Light sleep between loop passes while nothing is being written: the loop calls <see cref="TryNap"/> only
    /// when the recorder is Idle (no pre-event ring, no clip) and the camera is undocked, so no buffered video can
    /// be lost; RAM, PSRAM and the card stay powered. The record button wakes the chip at once (an RTC-capable
    /// GPIO on both boards), the timer wakes it to sample the other inputs, whose edges during sleep are found by
    /// re-reading their levels afterwards. Wi-Fi must be off (it is whenever undocked); the call refuses otherwise.
    /// </summary>
    public sealed class IdleSleep : ISleep
    {
        private readonly int _wakePin;
        private readonly int _dockPin;

        /// <summary>
        /// Creates the sleeper; <paramref name="wakePin"/> is the record button (active low), <paramref name="dockPin"/>
        /// the dock contact that ends the power-down (or none).
        /// </summary>
        public IdleSleep(int wakePin, int dockPin)
        {
            _wakePin = wakePin;
            _dockPin = dockPin;
        }

        /// <summary>Waits awake between loop passes.</summary>
        public void Pause(int ms)
        {
            Thread.Sleep(ms);
        }

        /// <summary>Deep sleep until docked (see <see cref="PowerDown(int)"/>).</summary>
        public void PowerDown()
        {
            PowerDown(_dockPin);
        }

        /// <summary>Sleeps up to <paramref name="maxMs"/>; false when the chip refused (e.g. Wi-Fi still on).</summary>
        public bool TryNap(int maxMs)
        {
            Sleep.EnableWakeupByTimer(TimeSpan.FromTicks(maxMs * TimeSpan.TicksPerMillisecond));
            Sleep.EnableWakeupByPin((Sleep.WakeupGpioPin)((ulong)1 << _wakePin), 0);
            return Sleep.StartLightSleep() == EspNativeError.OK;
        }

        /// <summary>
        /// Deep sleep after an orderly power-off (critical battery, clip closed, card unmounted): the chip draws
        /// microamps until <paramref name="dockPin"/> goes high (the camera is docked and charging), then restarts
        /// from reset. Without a dock pin it sleeps until the reset button or a new battery. Never returns.
        /// </summary>
        public static void PowerDown(int dockPin)
        {
            if (dockPin >= 0)
            {
                Sleep.EnableWakeupByPin((Sleep.WakeupGpioPin)((ulong)1 << dockPin), 1);
            }

            Sleep.StartDeepSleep();
        }
    }
}
