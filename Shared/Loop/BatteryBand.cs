namespace BwcFirmware.Shared.Loop
{
    /// <summary>Which warning band the battery is in, as its monitor decided with hysteresis.</summary>
    public enum BatteryBand
    {
        /// <summary>Above the low threshold.</summary>
        Normal = 0,

        /// <summary>At or below battery_low_percent: warn the officer.</summary>
        Low = 1,

        /// <summary>At or below battery_critical_percent: recording closes cleanly.</summary>
        Critical = 2,
    }
}
