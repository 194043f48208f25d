namespace BwcFirmware.Simulator.Timeline
{
    /// <summary>An interval of the shift with a label (a state name, "mute", "dock", "sync").</summary>
    public sealed class TimelineBand
    {
        /// <summary>Creates the band.</summary>
        public TimelineBand(long startMs, long endMs, string label)
        {
            StartMs = startMs;
            EndMs = endMs;
            Label = label;
        }

        /// <summary>Where it starts, in shift milliseconds.</summary>
        public long StartMs { get; }

        /// <summary>Where it ends (grows while the band is open).</summary>
        public long EndMs { get; set; }

        /// <summary>What it is.</summary>
        public string Label { get; }

        /// <summary>How long it lasted.</summary>
        public long DurationMs => EndMs - StartMs;
    }
}
