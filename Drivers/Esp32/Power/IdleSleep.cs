using System;
using System.IO;
using System.Threading;
using BwcFirmware.Drivers.Esp32.Gpio;
using BwcFirmware.Drivers.Esp32.Network;
using BwcFirmware.Shared.Loop;
using nanoFramework.Hardware.Esp32;

namespace BwcFirmware.Drivers.Esp32.Power
{
    /// <summary>
    /// Light sleep between loop passes while nothing is being written: the loop calls <see cref="TryNap"/> only
    /// when the recorder is Idle (no pre-event ring, no clip) and the camera is undocked, so no buffered video can
    /// be lost; RAM, PSRAM and the card stay powered. The record button wakes the chip at once (ext0 on an RTC GPIO,
    /// with the external pull-up hardware/wiring.md names), the timer wakes it to sample the other inputs, whose
    /// edges during sleep are found by re-reading their levels afterwards. After an orderly power-off it deep-sleeps
    /// until docked, with no other wake source armed.
    /// </summary>
    public sealed class IdleSleep : ISleep
    {
        /// <summary>Marks a power-down pending across the restart that clears the nap's wake sources.</summary>
        public const string DefaultPowerDownMarker = "I:\\power-down";

        private readonly int _wakePin;
        private readonly int _dockPin;
        private readonly EdgeInputs _inputs;
        private readonly WifiRadio _radio;
        private readonly string _marker;

        /// <summary>
        /// Creates the sleeper; <paramref name="wakePin"/> is the record button (active low, opened in
        /// <paramref name="inputs"/>), <paramref name="dockPin"/> the dock contact that ends the power-down (or none),
        /// <paramref name="marker"/> a file on the internal flash drive.
        /// </summary>
        public IdleSleep(int wakePin, int dockPin, EdgeInputs inputs, WifiRadio radio, string marker)
        {
            _wakePin = wakePin;
            _dockPin = dockPin;
            _inputs = inputs;
            _radio = radio;
            _marker = marker;
        }

        /// <summary>Waits awake between loop passes.</summary>
        public void Pause(int ms)
        {
            Thread.Sleep(ms);
        }

        /// <summary>
        /// Sleeps up to <paramref name="maxMs"/>; false when it did not. It never sleeps while this boot started the
        /// Wi-Fi driver: StartLightSleep does not refuse then (nanoFramework.Hardware.Esp32 v1.6.40 Sleep.cs:396, a
        /// bare esp_light_sleep_start in nf-interpreter's Sleep.cpp), and no managed call stops the driver
        /// (<see cref="WifiRadio"/>), so the loop waits awake instead.
        /// </summary>
        public bool TryNap(int maxMs)
        {
            if (_radio.StartedThisBoot)
            {
                return false;
            }

            Sleep.EnableWakeupByTimer(TimeSpan.FromTicks(maxMs * TimeSpan.TicksPerMillisecond));
            Sleep.EnableWakeupByPin((Sleep.WakeupGpioPin)((ulong)1 << _wakePin), 0);
            bool slept = Sleep.StartLightSleep() == EspNativeError.OK;

            // ext0 makes the pad an RTC IO and nothing gives it back; setting the pin's mode again runs gpio_reset_pin
            // and gpio_config (nf-interpreter targets/ESP32/_nanoCLR/System.Device.Gpio/cpu_gpio.cpp:379, :567),
            // which return it to the GPIO matrix, so the button's interrupts and reads work after the nap.
            _inputs.Reconfigure(_wakePin);
            return slept;
        }

        /// <summary>
        /// Deep sleep after an orderly power-off (critical battery, clip closed, card unmounted), until docked. The
        /// nap's timer wake stays armed (Sleep v1.6.40 can enable wake sources, never disable them), and deep sleep
        /// with it would wake a second later into boot, mount and power-off again. A restart clears every wake
        /// source, so this marks the power-down on the internal flash and restarts; <see cref="FinishPowerDown"/>, first
        /// thing at the next start, then sleeps with the dock wake alone. Never returns.
        /// </summary>
        public void PowerDown()
        {
            if (TryMark(_marker))
            {
                nanoFramework.Runtime.Native.Power.RebootDevice();
                Thread.Sleep(Timeout.Infinite);
            }

            // No marker possible (flash drive missing or full): sleep now, a stale timer wake and all.
            DeepSleep(_dockPin);
        }

        /// <summary>
        /// At start-up, before anything arms a wake source: when a power-down is pending, removes its marker and
        /// deep-sleeps until <paramref name="dockPin"/> goes high (never returns); otherwise returns at once.
        /// </summary>
        public static void FinishPowerDown(string marker, int dockPin)
        {
            bool pending;
            try
            {
                pending = File.Exists(marker);
                if (pending)
                {
                    File.Delete(marker);
                }
            }
            catch (Exception)
            {
                pending = false;
            }

            if (pending)
            {
                DeepSleep(dockPin);
            }
        }

        private static bool TryMark(string marker)
        {
            try
            {
                using (FileStream file = new FileStream(marker, FileMode.Create, FileAccess.Write, FileShare.None))
                {
                    file.Flush();
                }

                return true;
            }
            catch (Exception)
            {
                return false;
            }
        }

        private static void DeepSleep(int dockPin)
        {
            if (dockPin >= 0)
            {
                Sleep.EnableWakeupByPin((Sleep.WakeupGpioPin)((ulong)1 << dockPin), 1);
            }

            Sleep.StartDeepSleep();
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
