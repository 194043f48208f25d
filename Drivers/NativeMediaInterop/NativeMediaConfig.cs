namespace BwcFirmware.NativeMedia
{
    /// <summary>
    /// What the native media path writes: the chunk format (the same numbers the managed engine puts in its
    /// AviFormat, so both write the same header), the chunk length and the flush interval.
    /// </summary>
    public sealed class NativeMediaConfig
    {
        /// <summary>Values in the order the native side reads them (NativeStart's config array).</summary>
        public const int Length = 10;

        /// <summary>Frame width declared in each chunk's header.</summary>
        public int Width { get; set; }

        /// <summary>Frame height declared in each chunk's header.</summary>
        public int Height { get; set; }

        /// <summary>Frames per second of the chunk's timeline.</summary>
        public int FramesPerSecond { get; set; }

        /// <summary>Frame slots per chunk (MediaSettings.MaxFramesPerChunk).</summary>
        public int MaxFramesPerChunk { get; set; }

        /// <summary>Largest JPEG accepted (the frame source's MaxFrameBytes); larger frames are dropped and counted.</summary>
        public int MaxFrameBytes { get; set; }

        /// <summary>Audio sample rate; 0 for video only.</summary>
        public int AudioSampleRateHz { get; set; }

        /// <summary>Audio chunks per chunk (MediaSettings.MaxAudioChunksPerChunk).</summary>
        public int MaxAudioChunksPerChunk { get; set; }

        /// <summary>Largest audio chunk (MediaSettings.MaxAudioChunkBytes).</summary>
        public int MaxAudioChunkBytes { get; set; }

        /// <summary>Chunk length (MediaSettings.ChunkMs).</summary>
        public int ChunkMs { get; set; }

        /// <summary>A power cut loses less than this much capture time (MediaSettings.FlushIntervalMs).</summary>
        public int FlushIntervalMs { get; set; }

        /// <summary>The values as NativeStart takes them.</summary>
        public int[] ToArray()
        {
            return new int[]
            {
                Width, Height, FramesPerSecond, MaxFramesPerChunk, MaxFrameBytes,
                AudioSampleRateHz, MaxAudioChunksPerChunk, MaxAudioChunkBytes, ChunkMs, FlushIntervalMs,
            };
        }
    }
}
