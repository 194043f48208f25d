using System;

namespace BwcFirmware.Shared.Media.Avi
{
    /// <summary>
    /// What a chunk holds: MJPEG video of a fixed size and rate and, optionally, 16-bit mono PCM audio. The
    /// capacities size the writer's buffers once, so writing a chunk allocates nothing.
    /// </summary>
    public sealed class AviFormat
    {
        /// <summary>Describes MJPEG video at <paramref name="framesPerSecond"/>, without audio.</summary>
        /// <param name="width">Frame width in pixels.</param>
        /// <param name="height">Frame height in pixels.</param>
        /// <param name="framesPerSecond">Nominal camera rate; the chunk plays at this constant rate.</param>
        /// <param name="maxVideoFrames">Most frame slots one chunk may hold (e.g. 10 s at 15 fps = 150, plus margin).</param>
        /// <param name="maxVideoFrameBytes">Largest JPEG frame accepted (the frame source's MaxFrameBytes).</param>
        public AviFormat(int width, int height, int framesPerSecond, int maxVideoFrames, int maxVideoFrameBytes)
        {
            if (width <= 0 || height <= 0 || width > 0xFFFF || height > 0xFFFF)
            {
                throw new ArgumentOutOfRangeException(nameof(width));
            }

            if (framesPerSecond <= 0 || framesPerSecond > 1000)
            {
                throw new ArgumentOutOfRangeException(nameof(framesPerSecond));
            }

            if (maxVideoFrames <= 0 || maxVideoFrames > 1000000)
            {
                throw new ArgumentOutOfRangeException(nameof(maxVideoFrames));
            }

            if (maxVideoFrameBytes <= 0 || maxVideoFrameBytes > AviConstants.MaxChunkDataBytes)
            {
                throw new ArgumentOutOfRangeException(nameof(maxVideoFrameBytes));
            }

            Width = width;
            Height = height;
            FramesPerSecond = framesPerSecond;
            MaxVideoFrames = maxVideoFrames;
            MaxVideoFrameBytes = maxVideoFrameBytes;
        }

        /// <summary>Frame width in pixels.</summary>
        public int Width { get; }

        /// <summary>Frame height in pixels.</summary>
        public int Height { get; }

        /// <summary>The constant rate the chunk declares and players use.</summary>
        public int FramesPerSecond { get; }

        /// <summary>Most frame slots (frames and dropped-frame placeholders) one chunk may hold.</summary>
        public int MaxVideoFrames { get; }

        /// <summary>Largest frame accepted, also declared as the stream's suggested buffer size.</summary>
        public int MaxVideoFrameBytes { get; }

        /// <summary>True when the chunk carries a PCM stream.</summary>
        public bool HasAudio
        {
            get { return AudioSampleRateHz > 0; }
        }

        /// <summary>Audio sample rate in Hz (16-bit mono PCM); 0 for video only.</summary>
        public int AudioSampleRateHz { get; private set; }

        /// <summary>Most audio chunks one AVI chunk may hold.</summary>
        public int MaxAudioChunks { get; private set; }

        /// <summary>Largest audio chunk accepted, in bytes.</summary>
        public int MaxAudioChunkBytes { get; private set; }

        /// <summary>
        /// Adds a 16-bit mono PCM stream at <paramref name="sampleRateHz"/>: up to <paramref name="maxAudioChunks"/>
        /// audio chunks (usually one per video frame) of at most <paramref name="maxAudioChunkBytes"/> each.
        /// Returns this format, for chaining.
        /// </summary>
        public AviFormat WithAudio(int sampleRateHz, int maxAudioChunks, int maxAudioChunkBytes)
        {
            if (sampleRateHz <= 0 || sampleRateHz > 192000)
            {
                throw new ArgumentOutOfRangeException(nameof(sampleRateHz));
            }

            if (maxAudioChunks <= 0 || maxAudioChunks > 1000000)
            {
                throw new ArgumentOutOfRangeException(nameof(maxAudioChunks));
            }

            if (maxAudioChunkBytes < 2 || maxAudioChunkBytes > AviConstants.MaxChunkDataBytes)
            {
                throw new ArgumentOutOfRangeException(nameof(maxAudioChunkBytes));
            }

            AudioSampleRateHz = sampleRateHz;
            MaxAudioChunks = maxAudioChunks;
            MaxAudioChunkBytes = maxAudioChunkBytes;
            return this;
        }
    }
}
