using BwcFirmware.NativeMedia;
using BwcFirmware.Tests.NativeMediaInterop;

namespace BwcFirmware.InteropCheck
{
    /// <summary>The native recorder's settings for <see cref="InteropShift"/>, shared by both nanoCLR check apps.</summary>
    internal static class InteropShiftConfig
    {
        /// <summary>A config with the shift's format, chunk length and flush interval.</summary>
        public static NativeMediaConfig Create()
        {
            NativeMediaConfig config = new NativeMediaConfig();
            config.Width = InteropShift.Width;
            config.Height = InteropShift.Height;
            config.FramesPerSecond = InteropShift.FramesPerSecond;
            config.MaxFramesPerChunk = InteropShift.MaxFramesPerChunk;
            config.MaxFrameBytes = InteropShift.MaxFrameBytes;
            config.AudioSampleRateHz = InteropShift.SampleRateHz;
            config.MaxAudioChunksPerChunk = InteropShift.MaxAudioChunksPerChunk;
            config.MaxAudioChunkBytes = InteropShift.MaxAudioChunkBytes;
            config.ChunkMs = InteropShift.ChunkSeconds * 1000;
            config.FlushIntervalMs = InteropShift.FlushIntervalMs;
            return config;
        }
    }
}
