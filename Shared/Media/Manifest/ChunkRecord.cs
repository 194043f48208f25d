namespace BwcFirmware.Shared.Media.Manifest
{
    /// <summary>A closed chunk as the manifest and the engine's events describe it.</summary>
    public sealed class ChunkRecord
    {
        /// <summary>File name inside the clip folder ("000003.avi").</summary>
        public string Name { get; set; }

        /// <summary>Length of the closed file in bytes.</summary>
        public long Bytes { get; set; }

        /// <summary>Video frames in the chunk.</summary>
        public int Frames { get; set; }

        /// <summary>PCM bytes in the chunk.</summary>
        public long AudioBytes { get; set; }

        /// <summary>Capture time of the first frame (monotonic ms).</summary>
        public long FirstFrameMs { get; set; }

        /// <summary>Capture time of the last frame (monotonic ms), or -1 when recovery cannot know it.</summary>
        public long LastFrameMs { get; set; }

        /// <summary>SHA-256 of the closed file (32 bytes).</summary>
        public byte[] Sha256 { get; set; }

        /// <summary>True when the chunk was recorded into the pre-event ring.</summary>
        public bool PreEvent { get; set; }

        /// <summary>Ring path the chunk is moved from, or null.</summary>
        public string From { get; set; }

        /// <summary>True when boot recovery closed the chunk.</summary>
        public bool Recovered { get; set; }

        /// <summary>Copies every field of <paramref name="other"/> into this record (the hash into this record's array).</summary>
        public void CopyFrom(ChunkRecord other)
        {
            Name = other.Name;
            Bytes = other.Bytes;
            Frames = other.Frames;
            AudioBytes = other.AudioBytes;
            FirstFrameMs = other.FirstFrameMs;
            LastFrameMs = other.LastFrameMs;
            System.Array.Copy(other.Sha256, Sha256, 32);
            PreEvent = other.PreEvent;
            From = other.From;
            Recovered = other.Recovered;
        }
    }
}
