namespace BwcFirmware.Shared.Card
{
    /// <summary>
    /// Where everything lives under the card's evidence root. Every name sorts by time: sequence numbers are
    /// zero-padded and only grow, so ordinal order is recording order even while UTC is unknown.
    /// </summary>
    /// <remarks>
    /// <code>
    /// config.txt                          device config (key = value)
    /// audit/000001.log                    hash-chained audit segments; all but the newest are closed
    /// ring/000123.avi                     pre-event ring chunks (oldest dropped)
    /// clips/000007/000001.avi             a clip: its chunks...
    /// clips/000007/manifest.txt           ...and its append-only manifest
    /// clips/000007/synced.txt             written by the sync agent once the station confirmed the clip
    /// sync/                               upload state kept by the sync agent
    /// trash/000003/                       a synced clip being deleted (moved here first, emptied after)
    /// </code>
    /// </remarks>
    public static class CardLayout
    {
        /// <summary>The config file.</summary>
        public const string ConfigFile = "config.txt";

        /// <summary>Audit log segments.</summary>
        public const string AuditDirectory = "audit";

        /// <summary>Pre-event ring chunks.</summary>
        public const string RingDirectory = "ring";

        /// <summary>One sub-directory per clip.</summary>
        public const string ClipsDirectory = "clips";

        /// <summary>Upload state of the sync agent.</summary>
        public const string SyncDirectory = "sync";

        /// <summary>Clips on their way out: moved here in one rename, then emptied (also by boot recovery).</summary>
        public const string TrashDirectory = "trash";

        /// <summary>Name of the marker the sync agent writes in a clip's directory once the station confirmed it.</summary>
        public const string SyncedMarkerName = "synced.txt";

        /// <summary>Name of a clip's manifest inside its directory.</summary>
        public const string ManifestName = "manifest.txt";

        /// <summary>File name extension of media chunks.</summary>
        public const string ChunkExtension = ".avi";

        /// <summary>Sequence numbers are written with this many digits.</summary>
        public const int SequenceDigits = 6;

        /// <summary>A zero-padded sequence number ("000042").</summary>
        public static string Sequence(int value)
        {
            return value.ToString("D6");
        }

        /// <summary>The directory of clip <paramref name="clipSequence"/>.</summary>
        public static string ClipDirectory(int clipSequence)
        {
            return ClipsDirectory + "/" + Sequence(clipSequence);
        }

        /// <summary>Chunk <paramref name="chunkSequence"/> of clip <paramref name="clipSequence"/>.</summary>
        public static string ClipChunk(int clipSequence, int chunkSequence)
        {
            return ClipDirectory(clipSequence) + "/" + Sequence(chunkSequence) + ChunkExtension;
        }

        /// <summary>The manifest of clip <paramref name="clipSequence"/>.</summary>
        public static string ClipManifest(int clipSequence)
        {
            return ClipDirectory(clipSequence) + "/" + ManifestName;
        }

        /// <summary>The synced marker of clip <paramref name="clipSequence"/>.</summary>
        public static string ClipSyncedMarker(int clipSequence)
        {
            return ClipDirectory(clipSequence) + "/" + SyncedMarkerName;
        }

        /// <summary>
        /// The sequence number a six-digit name starts with ("000042" or "000042.avi" give 42); -1 for any
        /// other name.
        /// </summary>
        public static int ParseSequence(string name)
        {
            if (name == null || name.Length < SequenceDigits)
            {
                return -1;
            }

            if (name.Length > SequenceDigits && name[SequenceDigits] != '.')
            {
                return -1;
            }

            int value = 0;
            for (int i = 0; i < SequenceDigits; i++)
            {
                char c = name[i];
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }

        /// <summary>Ring chunk <paramref name="chunkSequence"/>.</summary>
        public static string RingChunk(int chunkSequence)
        {
            return RingDirectory + "/" + Sequence(chunkSequence) + ChunkExtension;
        }

        /// <summary>Audit segment <paramref name="segmentSequence"/>.</summary>
        public static string AuditSegment(int segmentSequence)
        {
            return AuditDirectory + "/" + Sequence(segmentSequence) + ".log";
        }
    }
}
