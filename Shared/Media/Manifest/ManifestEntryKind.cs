namespace BwcFirmware.Shared.Media.Manifest
{
    /// <summary>What one manifest line records. The first word of the line names it.</summary>
    public enum ManifestEntryKind
    {
        /// <summary>"start": the clip opened (version, clip, device, officer, utc, mono, cause[, continues]).</summary>
        Start = 0,

        /// <summary>"chunk-open": a chunk received its first frame (name, first).</summary>
        ChunkOpen = 1,

        /// <summary>"chunk": a chunk is closed and durable (name, bytes, frames, first, last, sha256, pre[, from][, recovered]).</summary>
        Chunk = 2,

        /// <summary>"marker": the officer marked a moment (mono, note).</summary>
        Marker = 3,

        /// <summary>"mute": privacy mute switched (mono, state=on|off).</summary>
        Mute = 4,

        /// <summary>"stop": the clip closed (mono, cause); nothing follows it.</summary>
        Stop = 5,

        /// <summary>"sensitive": the officer flagged or unflagged the clip as sensitive (mono, state=on|off).</summary>
        Sensitive = 6,
    }
}
