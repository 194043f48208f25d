using System;
using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Drivers.Esp32.Timing
{
    /// <summary>
    /// Milliseconds since power-on from the ESP32's boot timer. Never jumps when SNTP sets the wall clock, which
    /// is why every event time in the firmware comes from here and not from DateTime.UtcNow. An instance hands the
    /// same time to the loop as its <see cref="IClock"/>.
    /// </summary>
    public sealed class MonotonicClock : IClock
    {
        /// <summary>Milliseconds since power-on.</summary>
        public static long NowMs
        {
            get { return Environment.TickCount64; }
        }

        long IClock.NowMs
        {
            get { return NowMs; }
        }
    }
}
