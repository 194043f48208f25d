namespace BwcFirmware.Camera
{
    /// <summary>
    /// What the native camera driver is started with. The defaults suit an OV2640 on an ESP32 with PSRAM
    /// recording evidence: VGA (legible faces and plates at arm's length and a few metres), JPEG quality 12
    /// (esp32-camera scale 0-63, lower is better; about 25-40 KB a frame), two frame buffers in PSRAM so one is
    /// filled while the other is read.
    /// </summary>
    public sealed class CameraSettings
    {
        /// <summary>Creates settings with the board's camera pins (BoardPins.CameraPins order).</summary>
        public CameraSettings(int[] pins)
        {
            Pins = pins;
            FrameSize = CameraFrameSize.Vga;
            JpegQuality = 12;
            FrameBufferCount = 2;
            XclkHz = 20000000;
            MaxFrameBytes = 96 * 1024;
        }

        /// <summary>pwdn, reset, xclk, siod, sioc, d7..d0, vsync, href, pclk; -1 where not wired.</summary>
        public int[] Pins { get; }

        /// <summary>Frame size.</summary>
        public CameraFrameSize FrameSize { get; set; }

        /// <summary>JPEG quality, 0-63, lower is better.</summary>
        public int JpegQuality { get; set; }

        /// <summary>Frame buffers in PSRAM.</summary>
        public int FrameBufferCount { get; set; }

        /// <summary>Sensor clock.</summary>
        public int XclkHz { get; set; }

        /// <summary>The largest JPEG frame accepted; larger frames are dropped natively and counted.</summary>
        public int MaxFrameBytes { get; set; }
    }
}
