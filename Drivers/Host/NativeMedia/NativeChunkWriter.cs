using System;
using BwcFirmware.Shared.Media.Avi;

namespace BwcFirmware.Drivers.Host.NativeMedia
{
    /// <summary>
    /// The native AVI chunk writer (nm_avi.h) over a folder, called like the managed <see cref="AviChunkWriter"/>:
    /// for the tests that show both write the same bytes. Frames are pinned and passed, never copied.
    /// </summary>
    public sealed unsafe class NativeChunkWriter : IDisposable
    {
        private IntPtr _handle;

        /// <summary>A writer for chunks of <paramref name="format"/> in the folder <paramref name="root"/>.</summary>
        public NativeChunkWriter(string root, AviFormat format)
        {
            NativeMethods.EnsureLoaded();
            NativeAviFormat native = ToNative(format);
            _handle = NativeMethods.nm_host_avi_create(root, in native);
            if (_handle == IntPtr.Zero)
            {
                throw new NativeMediaException("nm_host_avi_create", NativeResult.BadArgument);
            }
        }

        /// <summary>The native form of a managed chunk format.</summary>
        public static NativeAviFormat ToNative(AviFormat format)
        {
            return new NativeAviFormat
            {
                Width = (uint)format.Width,
                Height = (uint)format.Height,
                FramesPerSecond = (uint)format.FramesPerSecond,
                MaxVideoFrames = (uint)format.MaxVideoFrames,
                MaxVideoFrameBytes = (uint)format.MaxVideoFrameBytes,
                AudioRateHz = (uint)format.AudioSampleRateHz,
                MaxAudioChunks = (uint)format.MaxAudioChunks,
                MaxAudioChunkBytes = (uint)format.MaxAudioChunkBytes,
            };
        }

        /// <summary>Creates the chunk at <paramref name="path"/> (relative to the root) and writes its header.</summary>
        public void Begin(string path)
        {
            NativeMediaException.ThrowIfFailed("begin", NativeMethods.nm_host_avi_begin(Handle, path));
        }

        /// <summary>Appends a frame captured at <paramref name="captureTimeMs"/>.</summary>
        public void WriteVideoFrame(byte[] frame, int offset, int count, long captureTimeMs)
        {
            CheckRange(frame, offset, count);
            fixed (byte* p = frame)
            {
                NativeMediaException.ThrowIfFailed("video", NativeMethods.nm_host_avi_video(Handle, p + offset, count, captureTimeMs));
            }
        }

        /// <summary>Appends one chunk of PCM.</summary>
        public void WriteAudio(byte[] samples, int offset, int count)
        {
            CheckRange(samples, offset, count);
            fixed (byte* p = samples)
            {
                NativeMediaException.ThrowIfFailed("audio", NativeMethods.nm_host_avi_audio(Handle, p + offset, count));
            }
        }

        /// <summary>Closes the chunk (idx1, flush, header patch, flush, close); returns its final length.</summary>
        public long Finish()
        {
            NativeMediaException.ThrowIfFailed("finish", NativeMethods.nm_host_avi_finish(Handle, out uint length));
            return length;
        }

        /// <summary>Releases the native writer (closing a chunk left open without finishing it).</summary>
        public void Dispose()
        {
            if (_handle != IntPtr.Zero)
            {
                NativeMethods.nm_host_avi_destroy(_handle);
                _handle = IntPtr.Zero;
            }
        }

        private IntPtr Handle => _handle != IntPtr.Zero ? _handle : throw new ObjectDisposedException(nameof(NativeChunkWriter));

        private static void CheckRange(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }
        }
    }
}
