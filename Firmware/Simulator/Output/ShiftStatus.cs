namespace BwcFirmware.Simulator.Output
{
    /// <summary>What the status line shows at one instant of the shift.</summary>
    public sealed class ShiftStatus
    {
        /// <summary>Shift milliseconds.</summary>
        public long TimeMs { get; set; }

        /// <summary>"Off", or the recorder state's name.</summary>
        public string State { get; set; } = "Off";

        /// <summary>The open clip's id, or null.</summary>
        public string ClipId { get; set; }

        /// <summary>How long the open clip has been recording.</summary>
        public long ClipElapsedMs { get; set; }

        /// <summary>Bytes used on the card.</summary>
        public long CardUsedBytes { get; set; }

        /// <summary>Bytes free on the card.</summary>
        public long CardFreeBytes { get; set; }

        /// <summary>True while docked.</summary>
        public bool Docked { get; set; }

        /// <summary>Bytes the station has so far in this sync round.</summary>
        public long SyncDoneBytes { get; set; }

        /// <summary>Bytes this sync round has to send in all (0 when nothing to sync).</summary>
        public long SyncTotalBytes { get; set; }

        /// <summary>A short word on the sync agent ("idle", "uploading", "backoff", "done").</summary>
        public string SyncState { get; set; }

        /// <summary>Why sync waits or pauses, in plain words ("station refused the token (401)"), or null.</summary>
        public string SyncReason { get; set; }

        /// <summary>Battery percent, or -1 before the first reading.</summary>
        public int BatteryPercent { get; set; } = -1;
    }
}
