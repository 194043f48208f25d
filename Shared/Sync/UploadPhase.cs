namespace BwcFirmware.Shared.Sync
{
    /// <summary>Where one file's upload stands, as kept in the journal.</summary>
    public enum UploadPhase
    {
        /// <summary>Created on the station; bytes are going up.</summary>
        Uploading = 0,

        /// <summary>All bytes are on the station, which confirmed the device's SHA-256: the file is delivered.</summary>
        Confirmed = 1,

        /// <summary>All bytes are on the station but it gave no hash (no confirmation profile): not freed.</summary>
        Unconfirmed = 2,

        /// <summary>The station kept computing another hash; retried in the next docking session, never freed.</summary>
        Failed = 3,
    }
}
