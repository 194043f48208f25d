namespace BwcFirmware.Simulator.Simulation
{
    /// <summary>
    /// The hold thresholds the firmware's config asks for, so a scripted hold is held past them (a hold that
    /// the firmware would not see as one is not what the script meant).
    /// </summary>
    /// <param name="RecordHoldMs">Record button hold threshold (issue policy: 3 s).</param>
    /// <param name="FunctionHoldMs">Function button hold threshold (issue policy: 2 s).</param>
    public sealed record GestureThresholds(long RecordHoldMs, long FunctionHoldMs)
    {
        /// <summary>The defaults of the recorder policy.</summary>
        public static GestureThresholds Default => new(3000, 2000);
    }
}
