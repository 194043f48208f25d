namespace BwcFirmware.Tests.NativeMediaInterop
{
    /// <summary>
    /// The short shift the interop check records twice: by the managed engine on .NET (InteropShiftTests) and by
    /// the native path inside nanoCLR through the interop (Tests/NativeMediaInterop). Portable: the nanoFramework
    /// app compiles this file too. Both pump every <see cref="StepMs"/> ms and run each command at its own time.
    /// </summary>
    public static class InteropShift
    {
        /// <summary>Frame width declared in the headers.</summary>
        public const int Width = 320;

        /// <summary>Frame height declared in the headers.</summary>
        public const int Height = 240;

        /// <summary>Frames per second of the test pattern and the timeline.</summary>
        public const int FramesPerSecond = 15;

        /// <summary>Short chunks, so a few seconds give several.</summary>
        public const int ChunkSeconds = 2;

        /// <summary>Microphone rate.</summary>
        public const int SampleRateHz = 16000;

        /// <summary>Largest frame (the test pattern's frames are at most 1600 bytes).</summary>
        public const int MaxFrameBytes = 2048;

        /// <summary>MediaSettings.FlushIntervalMs.</summary>
        public const int FlushIntervalMs = 1000;

        /// <summary>MediaSettings.MaxAudioChunkBytes.</summary>
        public const int MaxAudioChunkBytes = 8192;

        /// <summary>MediaSettings.MaxFramesPerChunk for these settings.</summary>
        public const int MaxFramesPerChunk = (ChunkSeconds + 1) * FramesPerSecond;

        /// <summary>MediaSettings.MaxAudioChunksPerChunk for these settings.</summary>
        public const int MaxAudioChunksPerChunk = (2 * MaxFramesPerChunk) + 64;

        /// <summary>The pump period.</summary>
        public const int StepMs = 100;

        /// <summary>The shift's end.</summary>
        public const int EndMs = 8000;

        /// <summary>Command kinds.</summary>
        public const int StartClip = 1;

        /// <summary>Privacy mute on.</summary>
        public const int MuteOn = 2;

        /// <summary>Privacy mute off.</summary>
        public const int MuteOff = 3;

        /// <summary>Stop the clip.</summary>
        public const int StopClip = 4;

        /// <summary>When each command runs (ms), in order.</summary>
        public static readonly long[] Times = new long[] { 1000, 2350, 3620, 5400, 6030, 7300 };

        /// <summary>What each command is.</summary>
        public static readonly int[] Commands = new int[] { StartClip, MuteOn, MuteOff, StopClip, StartClip, StopClip };
    }
}
