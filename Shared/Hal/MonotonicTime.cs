namespace BwcFirmware.Shared.Hal
{
    /// <summary>
    /// Time as the brain sees it: milliseconds since power-on, passed in by the caller. Shared owns no clock,
    /// so the same inputs give the same card contents on the device, in the simulator and in tests.
    /// </summary>
    public static class MonotonicTime
    {
        /// <summary>Milliseconds in one second.</summary>
        public const long MillisecondsPerSecond = 1000;

        /// <summary>Whole milliseconds from seconds.</summary>
        public static long FromSeconds(int seconds)
        {
            return seconds * MillisecondsPerSecond;
        }
    }
}
