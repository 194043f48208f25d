namespace BwcFirmware.Shared.Sync
{
    /// <summary>What one step of a file's upload came to.</summary>
    public enum FileStep
    {
        /// <summary>Moved forward (a piece landed, an upload was created, a hash slice was taken).</summary>
        Progress = 0,

        /// <summary>The station holds the whole file and confirmed its SHA-256.</summary>
        Confirmed = 1,

        /// <summary>The station holds the whole file but gave no hash: kept on the card.</summary>
        Unconfirmed = 2,

        /// <summary>The station's hash kept differing: set aside for this docking session, kept on the card.</summary>
        Failed = 3,

        /// <summary>The file cannot go to this station now (too large for it, or the card cannot read it): set aside.</summary>
        SetAside = 4,

        /// <summary>Not at the station's offset any more; the next step asks where it is (HEAD).</summary>
        Resync = 5,

        /// <summary>A transient fault: wait (backoff), then go on.</summary>
        Fault = 6,

        /// <summary>The station refuses the device (credential, certificate, protocol version): a person must act.</summary>
        Blocked = 7,

        /// <summary>The station is out of space.</summary>
        StationFull = 8,

        /// <summary>The station's body limit is below the piece size: send smaller pieces.</summary>
        PieceTooLarge = 9,

        /// <summary>A piece outlasted the request's time (a slow dock link): ask where the station is, send smaller pieces.</summary>
        PieceTimedOut = 10,
    }
}
