namespace BwcFirmware.NativeMedia
{
    /// <summary>
    /// An event of the native path: a chunk opened (its path and first frame time: a manifest "chunk-open" line),
    /// closed and hashed (every field: a manifest "chunk" line), or a card fault (<see cref="Fault"/>, the path).
    /// One instance is reused for every event taken (<see cref="NativeMediaRecorder.TryTakeEvent"/>).
    /// </summary>
    public sealed class NativeChunk
    {
        /// <summary>Creates an empty record.</summary>
        public NativeChunk()
        {
            Sha256 = new byte[32];
            Path = string.Empty;
        }

        /// <summary>True for a closed, hashed chunk; false for a chunk that just received its first frame, or a fault.</summary>
        public bool Closed { get; internal set; }

        /// <summary>
        /// 0, or the nm_result of a card fault that stopped the segment while writing or hashing <see cref="Path"/>
        /// (-6 card full, -7 card removed, else a write error; its name: <see cref="NativeMediaRecorder.ResultName"/>).
        /// </summary>
        public int Fault { get; internal set; }

        /// <summary>Path on the card ("clips/000007/000003.avi").</summary>
        public string Path { get; internal set; }

        /// <summary>File name ("000003.avi").</summary>
        public string Name
        {
            get { return Path.Substring(Path.LastIndexOf('/') + 1); }
        }

        /// <summary>Length of the closed file.</summary>
        public long Bytes { get; internal set; }

        /// <summary>Pictures in the chunk.</summary>
        public int Frames { get; internal set; }

        /// <summary>Pictures and skipped-frame slots.</summary>
        public int TimelineFrames { get; internal set; }

        /// <summary>PCM bytes in the chunk.</summary>
        public long AudioBytes { get; internal set; }

        /// <summary>Capture time of the first frame (monotonic ms).</summary>
        public long FirstFrameMs { get; internal set; }

        /// <summary>Capture time of the last frame (monotonic ms).</summary>
        public long LastFrameMs { get; internal set; }

        /// <summary>SHA-256 of the closed file, computed natively (32 bytes).</summary>
        public byte[] Sha256 { get; private set; }
    }
}
