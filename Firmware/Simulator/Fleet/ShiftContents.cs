namespace BwcFirmware.Simulator.Fleet
{
    /// <summary>What one camera's shift leaves on its card for the dock: clips of a length, at a picture size.</summary>
    public sealed class ShiftContents
    {
        /// <summary>Clips recorded in the shift.</summary>
        public int Clips { get; set; } = 3;

        /// <summary>Length of each clip in seconds.</summary>
        public int ClipSeconds { get; set; } = 60;

        /// <summary>Frame width.</summary>
        public int Width { get; set; } = 640;

        /// <summary>Frame height.</summary>
        public int Height { get; set; } = 480;

        /// <summary>Frames per second.</summary>
        public int FramesPerSecond { get; set; } = 15;

        /// <summary>"3 clips of 60 s at 640x480, 15 fps".</summary>
        public override string ToString() => $"{Clips} clip(s) of {ClipSeconds} s at {Width}x{Height}, {FramesPerSecond} fps";
    }
}
