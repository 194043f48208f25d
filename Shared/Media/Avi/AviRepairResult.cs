namespace BwcFirmware.Shared.Media.Avi
{
    /// <summary>What a scan or repair of one chunk found: the whole media chunks on the card and what was cut off.</summary>
    public sealed class AviRepairResult
    {
        /// <summary>What was found and done.</summary>
        public AviRepairOutcome Outcome { get; internal set; }

        /// <summary>Video frames with picture data kept.</summary>
        public int VideoFrames { get; internal set; }

        /// <summary>Video slots kept, including empty slots held for skipped frames (what players count).</summary>
        public int TimelineFrames { get; internal set; }

        /// <summary>The frame period the header declares (avih dwMicroSecPerFrame), 0 when undeclared or without a header.</summary>
        public long MicrosPerFrame { get; internal set; }

        /// <summary>Audio chunks kept.</summary>
        public int AudioChunks { get; internal set; }

        /// <summary>Audio samples kept.</summary>
        public long AudioSamples { get; internal set; }

        /// <summary>PCM bytes kept.</summary>
        public long AudioBytes { get; internal set; }

        /// <summary>Where the media ends: the end of the last whole chunk (with its pad byte).</summary>
        public long MediaEnd { get; internal set; }

        /// <summary>File length before repair.</summary>
        public long LengthBefore { get; internal set; }

        /// <summary>File length after repair (equal to <see cref="LengthBefore"/> when nothing was written).</summary>
        public long LengthAfter { get; internal set; }

        /// <summary>
        /// Bytes after the last whole chunk that are no longer media: a partial chunk header or frame, a partial
        /// or stale index. Repair keeps them inside a JUNK chunk (or writes the index over them), never as media.
        /// </summary>
        public long BytesDropped { get; internal set; }

        /// <summary>True when the file ended in a complete idx1 listing exactly its media chunks, under a patched header.</summary>
        public bool WasWhole { get; internal set; }
    }
}
