using System;
using System.Text;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.Drivers.Host.NativeMedia
{
    /// <summary>
    /// The native per-frame media path (nm_recorder.h) over a folder, through a fault card: frames and PCM pushed
    /// the way the ESP32's camera and I2S drivers push them, commands once per segment, closed chunks taken as
    /// records. Frame and audio calls pin the caller's buffer and allocate nothing.
    /// </summary>
    public sealed unsafe class NativeRecorder : IDisposable
    {
        /// <summary>"Never" for a planned fault.</summary>
        public const ulong Never = ulong.MaxValue;

        private IntPtr _handle;

        /// <summary>A recorder over the folder <paramref name="root"/> with PCM and read-back buffers of the given sizes.</summary>
        public NativeRecorder(string root, NativeRecorderConfig config, int audioBufferBytes = 16384, int readBufferBytes = 16384)
        {
            NativeMethods.EnsureLoaded();
            _handle = NativeMethods.nm_host_recorder_create(root, in config, audioBufferBytes, readBufferBytes);
            if (_handle == IntPtr.Zero)
            {
                throw new NativeMediaException("nm_host_recorder_create", NativeResult.BadArgument);
            }
        }

        /// <summary>Starts a segment: chunks go to <paramref name="directory"/>/NNNNNN.avi from <paramref name="firstSequence"/>.</summary>
        public NativeResult Begin(string directory, int firstSequence, bool withAudio)
        {
            return (NativeResult)NativeMethods.nm_host_recorder_begin(Handle, directory, (uint)firstSequence, withAudio ? 1 : 0);
        }

        /// <summary>One frame captured at <paramref name="captureMs"/>; the PCM pushed before it goes in first.</summary>
        public NativeResult Frame(byte[] jpeg, int count, long captureMs)
        {
            CheckRange(jpeg, count);
            fixed (byte* p = jpeg)
            {
                return (NativeResult)NativeMethods.nm_host_recorder_frame(Handle, p, count, captureMs);
            }
        }

        /// <summary>PCM captured since the last call, held until the next frame.</summary>
        public NativeResult Audio(byte[] pcm, int count)
        {
            CheckRange(pcm, count);
            fixed (byte* p = pcm)
            {
                return (NativeResult)NativeMethods.nm_host_recorder_audio(Handle, p, count);
            }
        }

        /// <summary>Privacy mute; the PCM pushed so far keeps the old state.</summary>
        public NativeResult SetMuted(bool muted) => (NativeResult)NativeMethods.nm_host_recorder_set_muted(Handle, muted ? 1 : 0);

        /// <summary>Forgets the PCM pushed since the last frame.</summary>
        public void DropAudio() => NativeMethods.nm_host_recorder_drop_audio(Handle);

        /// <summary>Closes the open chunk at a seam; its hash starts.</summary>
        public NativeResult CloseChunk() => (NativeResult)NativeMethods.nm_host_recorder_close_chunk(Handle);

        /// <summary>Completes the closed chunk's hash now; its record can then be taken.</summary>
        public NativeResult Settle() => (NativeResult)NativeMethods.nm_host_recorder_settle(Handle);

        /// <summary>Leaves the open chunk as the card has it and drops the pending hash.</summary>
        public void Abandon() => NativeMethods.nm_host_recorder_abandon(Handle);

        /// <summary>Plans card faults (<see cref="Never"/> for none); <paramref name="removed"/> pulls the card now.</summary>
        public void PlanFaults(ulong cutAfterBytes = Never, ulong cutAfterOps = Never, ulong fullAfterBytes = Never, ulong errorAtOp = Never, bool loseUnflushed = false, bool removed = false)
        {
            NativeMethods.nm_host_recorder_fault(Handle, cutAfterBytes, cutAfterOps, fullAfterBytes, errorAtOp, loseUnflushed ? 1 : 0, removed ? 1 : 0);
        }

        /// <summary>
        /// Takes the oldest closed chunk reported and not yet taken into <paramref name="record"/> (its Sha256 must
        /// be 32 bytes); <paramref name="path"/> receives its path. False when none is waiting.
        /// </summary>
        public bool TryTakeClosed(ChunkRecord record, out string path)
        {
            ArgumentNullException.ThrowIfNull(record);
            NativeChunkRecordData data;
            if (NativeMethods.nm_host_recorder_take_closed(Handle, &data) == 0)
            {
                path = string.Empty;
                return false;
            }

            record.Name = Text(data.Name, 16);
            record.Bytes = data.Bytes;
            record.Frames = (int)data.Frames;
            record.AudioBytes = data.AudioBytes;
            record.FirstFrameMs = data.FirstFrameMs;
            record.LastFrameMs = data.LastFrameMs;
            new ReadOnlySpan<byte>(data.Sha256, 32).CopyTo(record.Sha256);
            path = Text(data.Path, 160);
            return true;
        }

        /// <summary>Releases the native recorder (an open chunk is left as it is).</summary>
        public void Dispose()
        {
            if (_handle != IntPtr.Zero)
            {
                NativeMethods.nm_host_recorder_destroy(_handle);
                _handle = IntPtr.Zero;
            }
        }

        private IntPtr Handle => _handle != IntPtr.Zero ? _handle : throw new ObjectDisposedException(nameof(NativeRecorder));

        private static string Text(byte* chars, int capacity)
        {
            var span = new ReadOnlySpan<byte>(chars, capacity);
            int end = span.IndexOf((byte)0);
            return Encoding.UTF8.GetString(end < 0 ? span : span.Slice(0, end));
        }

        private static void CheckRange(byte[] buffer, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            if (count < 0 || count > buffer.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }
        }
    }
}
