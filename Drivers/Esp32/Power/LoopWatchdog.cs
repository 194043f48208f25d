using System;
using System.Threading;
using BwcFirmware.Drivers.Esp32.Timing;
using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Drivers.Esp32.Power
{
    /// <summary>
    /// A software watchdog for the main loop. nanoFramework exposes no hardware watchdog to managed code on the
    /// ESP32, so a supervisor thread reboots the board when the loop stops calling <see cref="Kick"/>; the card
    /// store's recovery closes whatever clip was open. It runs in the interpreter like the loop, so a native
    /// call that never returns stops both; only the ESP-IDF task watchdog of a custom image catches that (stock
    /// images build with CONFIG_ESP_TASK_WDT_INIT=n, nf-interpreter targets/ESP32/_IDF/sdkconfig.default:38).
    /// </summary>
    public sealed class LoopWatchdog : IWatchdog
    {
        private readonly int _timeoutMs;
        private readonly Thread _supervisor;
        private readonly object _gate = new object();
        private long _lastKickMs;

        /// <summary>Creates the watchdog; it starts watching at <see cref="Start"/>.</summary>
        public LoopWatchdog(int timeoutMs)
        {
            _timeoutMs = timeoutMs;
            _supervisor = new Thread(Supervise);
        }

        /// <summary>Called when the watchdog fires, just before the reboot (e.g. to log the reason).</summary>
        public event WatchdogFiredHandler Fired;

        /// <summary>Starts the supervisor thread.</summary>
        public void Start()
        {
            Kick();
            _supervisor.Start();
        }

        /// <summary>Tells the watchdog the loop is alive (call once per loop pass).</summary>
        public void Kick()
        {
            // mscorlib's Interlocked has no 64-bit overloads on nanoFramework: a lock keeps the long whole.
            lock (_gate)
            {
                _lastKickMs = MonotonicClock.NowMs;
            }
        }

        private void Supervise()
        {
            while (true)
            {
                Thread.Sleep(_timeoutMs / 4);
                long lastKickMs;
                lock (_gate)
                {
                    lastKickMs = _lastKickMs;
                }

                long silentMs = MonotonicClock.NowMs - lastKickMs;
                if (silentMs > _timeoutMs)
                {
                    WatchdogFiredHandler fired = Fired;
                    if (fired != null)
                    {
                        fired(silentMs);
                    }

                    nanoFramework.Runtime.Native.Power.RebootDevice();
                }
            }
        }
    }

    /// <summary>Receives how long the loop was silent before the watchdog fired.</summary>
    public delegate void WatchdogFiredHandler(long silentMs);
}
