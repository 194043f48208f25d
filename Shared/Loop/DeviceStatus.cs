namespace BwcFirmware.Shared.Loop
{
    /// <summary>
    /// What the officer must be able to see at a glance, chosen by <see cref="StatusFeed"/> by priority (the first
    /// that applies, in the order listed in Drivers/Portable/README.md); the indicators decide how it looks.
    /// </summary>
    public enum DeviceStatus
    {
        /// <summary>Idle, nothing written.</summary>
        Standby = 0,

        /// <summary>The pre-event buffer runs.</summary>
        Buffering = 1,

        /// <summary>A clip is open with audio.</summary>
        Recording = 2,

        /// <summary>A clip is open with audio muted.</summary>
        Muted = 3,

        /// <summary>In the dock (charging, syncing).</summary>
        Docked = 4,

        /// <summary>The battery is in its low band.</summary>
        BatteryLow = 5,

        /// <summary>The battery is in its critical band.</summary>
        BatteryCritical = 6,

        /// <summary>The card is full.</summary>
        CardFull = 7,

        /// <summary>No card, or a fault.</summary>
        Error = 8,

        /// <summary>Wall-clock time is not set (clips carry only monotonic time).</summary>
        ClockNotSet = 9,
    }
}
