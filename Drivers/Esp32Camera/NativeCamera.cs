using System;
using System.Runtime.CompilerServices;
using BwcFirmware.Shared.Media;

namespace BwcFirmware.Camera
{
    /// <summary>
    /// The camera as an <see cref="IFrameSource"/>, implemented natively (esp32-camera inside a custom nanoCLR
    /// image, see README.md). JPEG frames stay in the driver's PSRAM frame buffers, out of the managed heap,
    /// until the loop asks for one: <see cref="TryReadFrame"/> then copies it with one native memcpy into the
    /// caller's reused buffer and returns the frame buffer to the driver. No managed code touches frame bytes
    /// one at a time and nothing is allocated per frame.
    /// </summary>
    public sealed class NativeCamera : IFrameSource, IDisposable
    {
        private readonly long[] _captureTime = new long[1];

        /// <summary>Starts the sensor; throws when the native driver reports an error (no camera, no PSRAM).</summary>
        public NativeCamera(CameraSettings settings)
        {
            int error = NativeStart(
                settings.Pins,
                settings.XclkHz,
                (int)settings.FrameSize,
                settings.JpegQuality,
                settings.FrameBufferCount,
                settings.MaxFrameBytes);
            if (error != 0)
            {
                throw new InvalidOperationException("camera " + error.ToString());
            }

            MaxFrameBytes = settings.MaxFrameBytes;
        }

        /// <inheritdoc />
        public int MaxFrameBytes { get; }

        /// <summary>Frames the driver dropped (too large, or not collected before the buffers refilled).</summary>
        public int DroppedFrames
        {
            get { return NativeDroppedFrames(); }
        }

        /// <inheritdoc />
        public bool TryReadFrame(long nowMs, byte[] buffer, out int length, out long captureTimeMs)
        {
            length = NativeReadFrame(buffer, nowMs, _captureTime);
            captureTimeMs = _captureTime[0];
            return length > 0;
        }

        /// <inheritdoc />
        public void Dispose()
        {
            NativeStop();
        }

        /// <summary>esp_camera_init with the given pins and settings; returns esp_err_t (0 = ESP_OK).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeStart(int[] pins, int xclkHz, int frameSize, int jpegQuality, int frameBufferCount, int maxFrameBytes);

        /// <summary>
        /// Copies the oldest frame captured at or before <paramref name="nowMs"/> into <paramref name="buffer"/>
        /// and writes its capture time (nanoCLR uptime in ms, the clock of Environment.TickCount64) into
        /// captureTimeMs[0]; returns its length, or 0 when none is ready.
        /// </summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeReadFrame(byte[] buffer, long nowMs, long[] captureTimeMs);

        /// <summary>Frames dropped since start.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeDroppedFrames();

        /// <summary>esp_camera_deinit.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void NativeStop();
    }
}
