using System;
using System.Runtime.InteropServices;

namespace BwcFirmware.Drivers.Host.NativeMedia
{
    /// <summary>nm_avi_format: what a chunk holds (AudioRateHz 0: video only).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct NativeAviFormat
    {
        /// <summary>Frame width in pixels.</summary>
        public uint Width;

        /// <summary>Frame height in pixels.</summary>
        public uint Height;

        /// <summary>The constant rate the chunk declares.</summary>
        public uint FramesPerSecond;

        /// <summary>Frame slots per chunk.</summary>
        public uint MaxVideoFrames;

        /// <summary>Largest JPEG accepted.</summary>
        public uint MaxVideoFrameBytes;

        /// <summary>PCM sample rate, 0 for video only.</summary>
        public uint AudioRateHz;

        /// <summary>Audio chunks per chunk.</summary>
        public uint MaxAudioChunks;

        /// <summary>Largest audio chunk in bytes.</summary>
        public uint MaxAudioChunkBytes;
    }

    /// <summary>nm_recorder_config: the chunk format, the chunk length and the flush interval.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct NativeRecorderConfig
    {
        /// <summary>The chunk format (with audio when segments may carry it).</summary>
        public NativeAviFormat Format;

        /// <summary>Length of one chunk in milliseconds.</summary>
        public uint ChunkMs;

        /// <summary>Flush at least this often, in capture time.</summary>
        public uint FlushIntervalMs;
    }

    /// <summary>nm_chunk_record as the native side fills it.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal unsafe struct NativeChunkRecordData
    {
        public fixed byte Name[16];
        public fixed byte Path[160];
        public uint Bytes;
        public uint Frames;
        public uint TimelineFrames;
        public uint AudioBytes;
        public long FirstFrameMs;
        public long LastFrameMs;
        public fixed byte Sha256[32];
    }

    /// <summary>nm_recorder_events: the chunk reports' callbacks and their context.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct NativeRecorderEvents
    {
        public IntPtr ChunkOpened;
        public IntPtr ChunkClosed;
        public IntPtr Context;
    }
}
