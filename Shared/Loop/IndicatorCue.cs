namespace BwcFirmware.Shared.Loop
{
    /// <summary>The moments the officer is told of by a short signal; the indicators decide its pulses and beeps.</summary>
    public enum IndicatorCue
    {
        /// <summary>Recording started.</summary>
        RecordingStarted = 0,

        /// <summary>Recording stopped.</summary>
        RecordingStopped = 1,

        /// <summary>Privacy mute on.</summary>
        MuteOn = 2,

        /// <summary>Privacy mute off.</summary>
        MuteOff = 3,

        /// <summary>Marker placed.</summary>
        Marker = 4,

        /// <summary>Still recording (every reminder_seconds while a clip is open).</summary>
        Reminder = 5,

        /// <summary>The battery entered the low band.</summary>
        BatteryLow = 6,

        /// <summary>The battery entered the critical band.</summary>
        BatteryCritical = 7,

        /// <summary>The card is full.</summary>
        CardFull = 8,

        /// <summary>A fault, or a request to record that could not be met.</summary>
        Error = 9,

        /// <summary>The open clip was flagged sensitive.</summary>
        SensitiveOn = 10,

        /// <summary>The sensitive flag was taken off the open clip.</summary>
        SensitiveOff = 11,
    }
}
