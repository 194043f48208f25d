namespace BwcFirmware.Drivers.Board
{
    /// <summary>One level change of an input pin as the interrupt saw it, stamped with monotonic time.</summary>
    public struct GpioEdge
    {
        /// <summary>Creates an edge.</summary>
        public GpioEdge(int pin, bool high, long timeMs)
        {
            Pin = pin;
            High = high;
            TimeMs = timeMs;
        }

        /// <summary>GPIO number.</summary>
        public int Pin { get; }

        /// <summary>The level after the change.</summary>
        public bool High { get; }

        /// <summary>Monotonic milliseconds of the change.</summary>
        public long TimeMs { get; }
    }
}
