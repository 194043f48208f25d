namespace BwcFirmware.Shared.Sync
{
    /// <summary>Sync settings, from the card config (defaults where a value is missing or bad).</summary>
    public sealed class SyncSettings
    {
        /// <summary>
        /// Default PATCH piece: 4 MiB. Each piece waits a round trip for its answer; at dock Wi-Fi rates (5-20
        /// Mbit/s, 5-20 ms) that is about 5 % of a 256 KiB piece's time and under 0.5 % of a 4 MiB piece's
        /// (Shared/Sync/README.md, performance). A cut re-sends only what was in flight, whatever the piece.
        /// </summary>
        public const int DefaultPieceBytes = 4 * 1024 * 1024;

        /// <summary>Default bytes hashed per step: the loop is held for one slice.</summary>
        public const int DefaultHashSliceBytes = 256 * 1024;

        /// <summary>The smallest piece a 413 can shrink it to.</summary>
        public const int MinPieceBytes = 16 * 1024;

        /// <summary>Creates the defaults for device <paramref name="deviceId"/>.</summary>
        public SyncSettings(string deviceId)
        {
            DeviceId = deviceId;
            PieceBytes = DefaultPieceBytes;
            HashSliceBytes = DefaultHashSliceBytes;
            InitialBackoffMs = 2000;
            MaxBackoffMs = 5 * 60 * 1000;
            RescanIntervalMs = 30000;
            MaxMismatchesPerFile = 3;
            OffsetSaveIntervalBytes = 4L * 1024 * 1024;
        }

        /// <summary>The device id sent in every upload's metadata.</summary>
        public string DeviceId { get; }

        /// <summary>
        /// The audit chain's head at the dock (the last record of the segment closed for it), sent with every audit
        /// segment as metadata head-seq and head-sha256 so the station keeps it per device; null: not sent.
        /// </summary>
        public BwcFirmware.Shared.Audit.ChainHead ChainHead { get; set; }

        /// <summary>Bytes per PATCH.</summary>
        public int PieceBytes { get; set; }

        /// <summary>Bytes hashed per step when a file's hash must be computed (manifests, audit segments).</summary>
        public int HashSliceBytes { get; set; }

        /// <summary>True to send clips with markers before the others.</summary>
        public bool MarkedClipsFirst { get; set; }

        /// <summary>First retry delay after a fault.</summary>
        public long InitialBackoffMs { get; set; }

        /// <summary>Longest retry delay.</summary>
        public long MaxBackoffMs { get; set; }

        /// <summary>When everything is sent, how often to look for new closed files.</summary>
        public long RescanIntervalMs { get; set; }

        /// <summary>Hash mismatches tolerated per file and docking session before it is set aside.</summary>
        public int MaxMismatchesPerFile { get; set; }

        /// <summary>The journal's offset is refreshed after this many bytes (HEAD is the truth anyway; this spares the card).</summary>
        public long OffsetSaveIntervalBytes { get; set; }
    }
}
