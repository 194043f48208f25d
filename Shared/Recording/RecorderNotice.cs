namespace BwcFirmware.Shared.Recording
{
    /// <summary>Things the recorder did or refused besides changing state, for the indicators.</summary>
    public enum RecorderNotice
    {
        /// <summary>A marker went into the open clip.</summary>
        Marker = 0,

        /// <summary>Privacy mute began (audio silenced, video goes on).</summary>
        MuteOn = 1,

        /// <summary>Privacy mute ended.</summary>
        MuteOff = 2,

        /// <summary>A gesture or sensor event meant nothing in the current state; it was logged.</summary>
        Ignored = 3,

        /// <summary>A request to record could not be met (no card, card full, battery critical, not powered on).</summary>
        RecordRefused = 4,

        /// <summary>Something failed: the media engine threw, the card went away while recording, a media fault.</summary>
        Fault = 5,

        /// <summary>The officer flagged the open clip as sensitive.</summary>
        SensitiveOn = 6,

        /// <summary>The officer took the sensitive flag off the open clip.</summary>
        SensitiveOff = 7,
    }

    /// <summary>Raised after every state change, with the cause's audit name ("record.double").</summary>
    public delegate void RecorderStateChangedHandler(RecorderState from, RecorderState to, string cause, long timeMs);

    /// <summary>Raised for every <see cref="RecorderNotice"/>.</summary>
    public delegate void RecorderNoticeHandler(RecorderNotice notice, string cause, long timeMs);
}
