namespace BwcFirmware.Shared.Sync
{
    /// <summary>
    /// Where the sync agent stands in a docking session; <see cref="SyncAgent"/> documents the transitions.
    /// Names for logs come from <see cref="SyncPhaseNames"/> (enum names are numbers on the device).
    /// </summary>
    public enum SyncPhase
    {
        /// <summary>No session: not docked, recording, or no network.</summary>
        Off = 0,

        /// <summary>Ask the station what it supports (OPTIONS) before anything else.</summary>
        Discover = 1,

        /// <summary>Read what the card holds for the station: a new pass.</summary>
        NewPass = 2,

        /// <summary>Take the next file of the pass, or end the pass when none is left.</summary>
        NextFile = 3,

        /// <summary>One request (or one hash slice) of the current file per step.</summary>
        Upload = 4,

        /// <summary>A fault: wait until the next attempt, then resume (ask the station again after no answer).</summary>
        Backoff = 5,

        /// <summary>The pass is over: wait for the rescan interval, then a new pass.</summary>
        Rest = 6,
    }
}
