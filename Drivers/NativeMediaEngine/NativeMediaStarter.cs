using System;
using BwcFirmware.NativeMedia;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Loop;
using BwcFirmware.Shared.Media;

namespace BwcFirmware.NativeMediaEngine
{
    /// <summary>
    /// The entry the app finds by name at start-up (Firmware/Device/NativeMediaLink.cs). The app does not reference
    /// this assembly or the interop's: a .pe with native methods deploys only onto an image that has them
    /// (nf-Visual-Studio-extension DeployProvider.cs:487-513), and the app must also run on a stock image. The
    /// native media image's deploy adds both (hardware/flashing.md, "Native media image").
    /// </summary>
    public static class NativeMediaStarter
    {
        /// <summary>esp32-camera's clock for the OV2640.</summary>
        public const int CameraClockHz = 20000000;

        /// <summary>JPEG quality (0-63, lower is better), as the managed camera's default (CameraSettings).</summary>
        public const int JpegQuality = 12;

        /// <summary>Frame buffers in PSRAM: one filling while the recorder task writes the other.</summary>
        public const int FrameBuffers = 2;

        /// <summary>The microphone's PCM rate.</summary>
        public const int AudioRateHz = 16000;

        /// <summary>
        /// The engine factory when the image carries the native media part, for the agent (AgentParts.FramePaths):
        /// an <see cref="IFramePathFactory"/> (<see cref="NativeFramePathFactory"/>, arguments as its constructor's).
        /// Throws <see cref="InvalidOperationException"/> with one line when the image has no native part.
        /// </summary>
        public static object Start(string cardRoot, int[] cameraPins, bool microphone, int micClock, int micData,
            IFrameSource fallbackFrames, IFileHasher fallbackHasher, IStartupLog log)
        {
            string reason;
            string version = NativeMediaRecorder.Detect(out reason);
            if (version == null)
            {
                throw new InvalidOperationException(reason);
            }

            log.Note("native media: " + version + (microphone ? "; camera and microphone" : "; camera, no microphone on this board"));
            return new NativeFramePathFactory(cardRoot, cameraPins, microphone, micClock, micData, fallbackFrames, fallbackHasher, log);
        }

        /// <summary>
        /// Starts the native path on the card mounted at <paramref name="cardRoot"/> in <paramref name="settings"/>'
        /// format, with the camera on <paramref name="cameraPins"/> and, when <paramref name="withMicrophone"/>, the
        /// PDM microphone; throws <see cref="InvalidOperationException"/> with one line saying why it cannot (a frame
        /// size the camera has no mode for, a driver that did not start).
        /// </summary>
        public static NativeMediaRecorder StartRecorder(string cardRoot, MediaSettings settings, int[] cameraPins,
            bool withMicrophone, int micClock, int micData)
        {
            int frameSize = CameraFrameSizeOf(settings.FrameWidth, settings.FrameHeight);
            NativeMediaConfig config = new NativeMediaConfig();
            config.Width = settings.FrameWidth;
            config.Height = settings.FrameHeight;
            config.FramesPerSecond = settings.FramesPerSecond;
            config.MaxFramesPerChunk = settings.MaxFramesPerChunk;
            config.MaxFrameBytes = MaxJpegBytes(settings.FrameWidth, settings.FrameHeight);
            config.AudioSampleRateHz = withMicrophone ? AudioRateHz : 0;
            config.MaxAudioChunksPerChunk = settings.MaxAudioChunksPerChunk;
            config.MaxAudioChunkBytes = settings.MaxAudioChunkBytes;
            config.ChunkMs = (int)settings.ChunkMs;
            config.FlushIntervalMs = settings.FlushIntervalMs;

            NativeMediaRecorder recorder = NativeMediaRecorder.Start(cardRoot, config);
            int err = recorder.StartCamera(cameraPins, CameraClockHz, frameSize, JpegQuality, FrameBuffers);
            if (err != 0)
            {
                recorder.Stop();
                throw new InvalidOperationException("camera did not start (esp_err 0x" + err.ToString("X") + ")");
            }

            if (withMicrophone)
            {
                err = recorder.StartMicrophone(micClock, micData, AudioRateHz);
                if (err != 0)
                {
                    recorder.Stop();
                    throw new InvalidOperationException("microphone did not start (esp_err 0x" + err.ToString("X") + ")");
                }
            }

            return recorder;
        }

        /// <summary>
        /// The largest JPEG esp32-camera can capture at a size: its receive buffer, width x height / 5
        /// (esp32-camera v2.1.5 driver/cam_hal.c:588).
        /// </summary>
        public static int MaxJpegBytes(int width, int height)
        {
            return width * height / 5;
        }

        /// <summary>esp32-camera v2.1.5's framesize_t for a frame size the app records at; throws for any other.</summary>
        public static int CameraFrameSizeOf(int width, int height)
        {
            if (width == 320 && height == 240)
            {
                return 6; // FRAMESIZE_QVGA
            }

            if (width == 640 && height == 480)
            {
                return 10; // FRAMESIZE_VGA
            }

            if (width == 800 && height == 600)
            {
                return 11; // FRAMESIZE_SVGA
            }

            if (width == 1280 && height == 720)
            {
                return 13; // FRAMESIZE_HD
            }

            throw new InvalidOperationException("no camera mode for " + width.ToString() + "x" + height.ToString());
        }
    }
}
