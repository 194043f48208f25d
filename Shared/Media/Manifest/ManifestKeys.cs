namespace BwcFirmware.Shared.Media.Manifest
{
    /// <summary>Keys used in manifest lines.</summary>
    public static class ManifestKeys
    {
        /// <summary>Manifest format version (start).</summary>
        public const string Version = "version";

        /// <summary>Clip sequence, six digits (start).</summary>
        public const string Clip = "clip";

        /// <summary>Device id (start).</summary>
        public const string Device = "device";

        /// <summary>Officer id (start).</summary>
        public const string Officer = "officer";

        /// <summary>UTC at start, ISO 8601 with milliseconds and Z, or "unknown" (start).</summary>
        public const string Utc = "utc";

        /// <summary>Monotonic milliseconds since power-on (start, marker, mute, sensitive, stop).</summary>
        public const string Mono = "mono";

        /// <summary>Why the clip started or stopped (start, stop).</summary>
        public const string Cause = "cause";

        /// <summary>The clip this one continues after a rollover (start).</summary>
        public const string Continues = "continues";

        /// <summary>Chunk file name inside the clip folder (chunk-open, chunk).</summary>
        public const string Name = "name";

        /// <summary>Chunk length in bytes (chunk).</summary>
        public const string Bytes = "bytes";

        /// <summary>Video frames in the chunk (chunk).</summary>
        public const string Frames = "frames";

        /// <summary>PCM bytes in the chunk (chunk).</summary>
        public const string AudioBytes = "audio";

        /// <summary>Capture time of the first frame, monotonic ms (chunk-open, chunk).</summary>
        public const string First = "first";

        /// <summary>Capture time of the last frame, monotonic ms, -1 when unknown (chunk).</summary>
        public const string Last = "last";

        /// <summary>SHA-256 of the chunk file as closed, lower-case hex (chunk).</summary>
        public const string Sha256 = "sha256";

        /// <summary>1 when the chunk was recorded into the pre-event ring (chunk).</summary>
        public const string Pre = "pre";

        /// <summary>Ring path the chunk is moved from (chunk; the move follows the line).</summary>
        public const string From = "from";

        /// <summary>1 when boot recovery closed the chunk (chunk).</summary>
        public const string Recovered = "recovered";

        /// <summary>Marker note (marker).</summary>
        public const string Note = "note";

        /// <summary>"on" or "off" (mute, sensitive).</summary>
        public const string State = "state";
    }
}
