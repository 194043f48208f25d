namespace BwcFirmware.Shared.Sync
{
    /// <summary>What the sync agent is doing, for the officer's indicator and the engineer's log.</summary>
    public enum SyncStatus
    {
        /// <summary>Not in the dock: sync is off.</summary>
        NotDocked = 0,

        /// <summary>Docked, but recording or without network: waiting.</summary>
        Paused = 1,

        /// <summary>Asking the station what it supports.</summary>
        Connecting = 2,

        /// <summary>Files are going up.</summary>
        Uploading = 3,

        /// <summary>The last request failed (station down, restarting, slow, 5xx): waiting to retry.</summary>
        Retrying = 4,

        /// <summary>The station is out of space: waiting to retry, slowly.</summary>
        StationFull = 5,

        /// <summary>The station refuses this device (credential, certificate, protocol): a person must act.</summary>
        Blocked = 6,

        /// <summary>Everything on the card is delivered and confirmed.</summary>
        UpToDate = 7,

        /// <summary>Everything was sent, but some files are not confirmed (station without the profile, or hash mismatch): nothing of those is freed.</summary>
        NotConfirmed = 8,
    }
}
