using System;

namespace BwcFirmware.Shared.Media
{
    /// <summary>
    /// How the managed media pipeline records: identities for the manifest, the camera's format, chunk and clip
    /// lengths, the pre-event ring and the flush policy. Defaults are the department profile's.
    /// </summary>
    public sealed class MediaSettings
    {
        // An AVI chunk header with audio takes 326 bytes; the bound leaves room for any format this writes.
        private const int HeaderBytesBound = 1024;

        /// <summary>Device id written in every manifest.</summary>
        public string DeviceId { get; set; } = "BWC-0000";

        /// <summary>Officer id written in every manifest ("" while nobody is assigned).</summary>
        public string OfficerId { get; set; } = string.Empty;

        /// <summary>Frame width in pixels (declared in each chunk's header).</summary>
        public int FrameWidth { get; set; } = 640;

        /// <summary>Frame height in pixels.</summary>
        public int FrameHeight { get; set; } = 480;

        /// <summary>Nominal camera rate; chunks play at this constant rate.</summary>
        public int FramesPerSecond { get; set; } = 15;

        /// <summary>Length of one chunk file (default 10 s).</summary>
        public int ChunkSeconds { get; set; } = 10;

        /// <summary>Longest clip before it rolls over into a new one (default 4 h).</summary>
        public int MaxClipSeconds { get; set; } = 4 * 3600;

        /// <summary>Pre-event video the ring keeps at least (default 30 s; 0 disables the ring).</summary>
        public int PreEventSeconds { get; set; } = 30;

        /// <summary>True to keep audio in the pre-event ring too (off by default: many policies forbid it).</summary>
        public bool PreEventAudio { get; set; }

        /// <summary>True to record audio in clips (when the device has a microphone).</summary>
        public bool RecordAudio { get; set; } = true;

        /// <summary>Longest span of video a power cut may lose: the open chunk is flushed at least this often.</summary>
        public int FlushIntervalMs { get; set; } = 1000;

        /// <summary>Largest PCM chunk written at once (bytes, even).</summary>
        public int MaxAudioChunkBytes { get; set; } = 8192;

        /// <summary>Chunk length in milliseconds.</summary>
        public long ChunkMs => (long)ChunkSeconds * 1000;

        /// <summary>Clip length limit in milliseconds.</summary>
        public long MaxClipMs => (long)MaxClipSeconds * 1000;

        /// <summary>Pre-event length in milliseconds.</summary>
        public long PreEventMs => (long)PreEventSeconds * 1000;

        /// <summary>Frame slots one chunk may hold: its length at the nominal rate plus a second of margin.</summary>
        public int MaxFramesPerChunk => (ChunkSeconds + 1) * FramesPerSecond;

        /// <summary>Audio chunks one chunk may hold (about one per frame; room for twice that).</summary>
        public int MaxAudioChunksPerChunk => (2 * MaxFramesPerChunk) + 64;

        /// <summary>
        /// Bytes to keep back so the open chunk and its clip can always close: the chunk's largest index, its
        /// manifest line and the stop line, each rounded up by a cluster.
        /// </summary>
        public long CloseReserveBytes(int clusterBytes)
        {
            long index = 8 + (16L * (MaxFramesPerChunk + MaxAudioChunksPerChunk));
            return index + (3L * clusterBytes);
        }

        /// <summary>
        /// The most bytes one chunk takes on the card, for engines' <see cref="IFramePath.MaxChunkBytes"/>: the
        /// header, every frame slot at <paramref name="maxFrameBytes"/>, the PCM of the chunk's span plus two
        /// seconds at <paramref name="audioRateHz"/> (0: none) with its chunk headers, and the full index.
        /// </summary>
        public long MaxChunkBytes(int maxFrameBytes, int audioRateHz)
        {
            long frames = (long)MaxFramesPerChunk * (8 + maxFrameBytes + 1);
            long audio = audioRateHz <= 0 ? 0 : (2L * audioRateHz * (ChunkSeconds + 2)) + (9L * MaxAudioChunksPerChunk);
            long index = 8 + (16L * (MaxFramesPerChunk + MaxAudioChunksPerChunk));
            return HeaderBytesBound + frames + audio + index;
        }

        /// <summary>Throws when a value cannot work (the config parser reports and falls back before this).</summary>
        public void Validate()
        {
            if (FrameWidth <= 0 || FrameHeight <= 0 || FramesPerSecond <= 0 || FramesPerSecond > 120)
            {
                throw new ArgumentOutOfRangeException(nameof(FramesPerSecond));
            }

            if (ChunkSeconds <= 0 || ChunkSeconds > 600 || MaxClipSeconds < ChunkSeconds || PreEventSeconds < 0 || PreEventSeconds > 600)
            {
                throw new ArgumentOutOfRangeException(nameof(ChunkSeconds));
            }

            if (FlushIntervalMs <= 0 || MaxAudioChunkBytes < 2 || (MaxAudioChunkBytes & 1) != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(FlushIntervalMs));
            }
        }
    }
}
