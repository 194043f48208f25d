namespace BwcFirmware.Shared.Media.Manifest
{
    /// <summary>
    /// Words and keys of the clip manifest (see Shared/Media/README.md). A line is "kind key=value key=value\n";
    /// values are percent-escaped UTF-8 (every byte outside '!'..'~', and '%' and '=', as %XX).
    /// </summary>
    public static class ManifestFormat
    {
        /// <summary>Format version written in the start line.</summary>
        public const int Version = 1;

        /// <summary>Longest line the writer composes and the reader accepts, in bytes.</summary>
        public const int MaxLineBytes = 1024;

        /// <summary>UTC value written while the device does not know the time.</summary>
        public const string UnknownUtc = "unknown";

        /// <summary>Frame time written when a recovered chunk's last frame time cannot be known.</summary>
        public const long UnknownTime = -1;

        /// <summary>Stop cause written by boot recovery.</summary>
        public const string RecoveredCause = "recovered";

        /// <summary>Stop cause (and next start cause) when a clip reaches its length limit.</summary>
        public const string RolloverCause = "rollover";

        /// <summary>Stop cause when the card has no room left.</summary>
        public const string CardFullCause = "card-full";

        /// <summary>Line word of <see cref="ManifestEntryKind.Start"/>.</summary>
        public const string StartWord = "start";

        /// <summary>Line word of <see cref="ManifestEntryKind.ChunkOpen"/>.</summary>
        public const string ChunkOpenWord = "chunk-open";

        /// <summary>Line word of <see cref="ManifestEntryKind.Chunk"/>.</summary>
        public const string ChunkWord = "chunk";

        /// <summary>Line word of <see cref="ManifestEntryKind.Marker"/>.</summary>
        public const string MarkerWord = "marker";

        /// <summary>Line word of <see cref="ManifestEntryKind.Mute"/>.</summary>
        public const string MuteWord = "mute";

        /// <summary>Line word of <see cref="ManifestEntryKind.Sensitive"/>.</summary>
        public const string SensitiveWord = "sensitive";

        /// <summary>Line word of <see cref="ManifestEntryKind.Stop"/>.</summary>
        public const string StopWord = "stop";

        /// <summary>The line word of <paramref name="kind"/> (written out: enum names are numbers on the device).</summary>
        public static string WordOf(ManifestEntryKind kind)
        {
            switch (kind)
            {
                case ManifestEntryKind.Start:
                    return StartWord;
                case ManifestEntryKind.ChunkOpen:
                    return ChunkOpenWord;
                case ManifestEntryKind.Chunk:
                    return ChunkWord;
                case ManifestEntryKind.Marker:
                    return MarkerWord;
                case ManifestEntryKind.Mute:
                    return MuteWord;
                case ManifestEntryKind.Sensitive:
                    return SensitiveWord;
                default:
                    return StopWord;
            }
        }

        /// <summary>The kind named by <paramref name="word"/>; false for a word this version does not know.</summary>
        public static bool TryKindOf(string word, out ManifestEntryKind kind)
        {
            switch (word)
            {
                case StartWord:
                    kind = ManifestEntryKind.Start;
                    return true;
                case ChunkOpenWord:
                    kind = ManifestEntryKind.ChunkOpen;
                    return true;
                case ChunkWord:
                    kind = ManifestEntryKind.Chunk;
                    return true;
                case MarkerWord:
                    kind = ManifestEntryKind.Marker;
                    return true;
                case MuteWord:
                    kind = ManifestEntryKind.Mute;
                    return true;
                case SensitiveWord:
                    kind = ManifestEntryKind.Sensitive;
                    return true;
                case StopWord:
                    kind = ManifestEntryKind.Stop;
                    return true;
                default:
                    kind = ManifestEntryKind.Stop;
                    return false;
            }
        }
    }
}
