namespace BwcFirmware.Shared.Sync
{
    /// <summary>One file to deliver, as the card store describes it.</summary>
    public sealed class SyncFile
    {
        /// <summary>Kind of a clip's media chunk.</summary>
        public const string ChunkKind = "chunk";

        /// <summary>Kind of a clip's manifest.</summary>
        public const string ManifestKind = "manifest";

        /// <summary>Kind of a closed audit segment.</summary>
        public const string AuditKind = "audit";

        /// <summary>Describes card file <paramref name="path"/>.</summary>
        /// <param name="path">Card path.</param>
        /// <param name="kind"><see cref="ChunkKind"/>, <see cref="ManifestKind"/> or <see cref="AuditKind"/>.</param>
        /// <param name="clip">Clip sequence, or -1 for audit segments.</param>
        /// <param name="sequence">Chunk or segment sequence, or -1 for a manifest.</param>
        /// <param name="sha256">The hash recorded when the file was closed (lower-case hex), or null to compute it from the card.</param>
        public SyncFile(string path, string kind, int clip, int sequence, string sha256)
            : this(path, kind, clip, sequence, sha256, false)
        {
        }

        /// <summary>Describes card file <paramref name="path"/> of a clip the officer may have flagged sensitive.</summary>
        /// <param name="path">Card path.</param>
        /// <param name="kind"><see cref="ChunkKind"/>, <see cref="ManifestKind"/> or <see cref="AuditKind"/>.</param>
        /// <param name="clip">Clip sequence, or -1 for audit segments.</param>
        /// <param name="sequence">Chunk or segment sequence, or -1 for a manifest.</param>
        /// <param name="sha256">The hash recorded when the file was closed (lower-case hex), or null to compute it from the card.</param>
        /// <param name="sensitive">True when the clip's manifest ends flagged sensitive.</param>
        public SyncFile(string path, string kind, int clip, int sequence, string sha256, bool sensitive)
        {
            Sensitive = sensitive;
            Path = path;
            Kind = kind;
            Clip = clip;
            Sequence = sequence;
            Sha256 = sha256;
        }

        /// <summary>Card path.</summary>
        public string Path { get; }

        /// <summary>"chunk", "manifest" or "audit".</summary>
        public string Kind { get; }

        /// <summary>Clip sequence, or -1.</summary>
        public int Clip { get; }

        /// <summary>Chunk or segment sequence, or -1.</summary>
        public int Sequence { get; }

        /// <summary>True for every file of a clip flagged sensitive: the station restricts its release.</summary>
        public bool Sensitive { get; }

        /// <summary>Recorded SHA-256 (lower-case hex), or null.</summary>
        public string Sha256 { get; }
    }
}
