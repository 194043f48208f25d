namespace BwcFirmware.Drivers.Host.Camera
{
    /// <summary>How the simulated camera behaves; the defaults match the reference board (640x480 at 15 fps).</summary>
    public sealed class SimulatedCameraSettings
    {
        /// <summary>Frame width in pixels.</summary>
        public int Width { get; set; } = 640;

        /// <summary>Frame height in pixels.</summary>
        public int Height { get; set; } = 480;

        /// <summary>Capture rate.</summary>
        public int FramesPerSecond { get; set; } = 15;

        /// <summary>Everything random in the scene (colours, texture, motion, jitter) follows from this.</summary>
        public int Seed { get; set; } = 1;

        /// <summary>Burned into every frame.</summary>
        public string DeviceId { get; set; } = "BWC-0001";

        /// <summary>JPEG quality 1..100; 70 gives frames of about 60 KB at 640x480 with the default scene.</summary>
        public int JpegQuality { get; set; } = 70;

        /// <summary>
        /// Frames the camera holds for the reader (esp32-camera's fb_count); when the reader falls behind, the
        /// oldest frames are dropped and counted.
        /// </summary>
        public int QueueDepth { get; set; } = 2;

        /// <summary>Monotonic time of the first capture.</summary>
        public long StartMs { get; set; }

        /// <summary>Up to this many ms of deterministic capture-time jitter per frame (kept below half a frame period).</summary>
        public int CaptureJitterMs { get; set; }

        /// <summary>
        /// 0 (the default): every frame is rendered with its own time and number. N &gt; 0: only the first N frames
        /// are rendered and encoded, then replayed in a loop (their burned-in time and number repeat), for long
        /// runs where the pipeline's load matters and the picture does not: JPEG encoding is most of a frame's cost.
        /// </summary>
        public int ReplayPoolFrames { get; set; }

        /// <summary>Largest frame delivered; 0 picks a bound from the resolution.</summary>
        public int MaxFrameBytes { get; set; }
    }
}
