using SkiaSharp;

namespace BwcFirmware.Simulator.Timeline
{
    /// <summary>The colours of the shift picture: one per recorder state, and for everything drawn beside.</summary>
    internal static class TimelinePalette
    {
        public static readonly SKColor Background = new(0xFF, 0xFF, 0xFF);
        public static readonly SKColor LaneBackground = new(0xF4, 0xF5, 0xF7);
        public static readonly SKColor Grid = new(0xDD, 0xDF, 0xE3);
        public static readonly SKColor Text = new(0x22, 0x25, 0x2A);
        public static readonly SKColor MutedText = new(0x6B, 0x70, 0x78);
        public static readonly SKColor Off = new(0x45, 0x48, 0x4D);
        public static readonly SKColor Idle = new(0xB8, 0xBC, 0xC2);
        public static readonly SKColor Buffering = new(0x3C, 0x82, 0xC8);
        public static readonly SKColor Recording = new(0xD3, 0x2F, 0x2F);
        public static readonly SKColor PrivacyMuted = new(0x8E, 0x44, 0xAD);
        public static readonly SKColor Sensitive = new(0xF2, 0xA9, 0x00);
        public static readonly SKColor Unknown = new(0x99, 0x99, 0x99);
        public static readonly SKColor PreEvent = new(0xEF, 0x9A, 0x9A);
        public static readonly SKColor Marker = new(0xF3, 0x9C, 0x12);
        public static readonly SKColor Dock = new(0x27, 0xAE, 0x60);
        public static readonly SKColor Sync = new(0x16, 0xA0, 0x85);
        public static readonly SKColor PowerOn = new(0x27, 0xAE, 0x60);
        public static readonly SKColor PowerCut = new(0xC0, 0x39, 0x2B);
        public static readonly SKColor Battery = new(0x2C, 0x3E, 0x50);
        public static readonly SKColor BatteryLow = new(0xE6, 0x7E, 0x22);
        public static readonly SKColor Card = new(0x7F, 0x8C, 0x8D);

        /// <summary>The colour of a state band.</summary>
        public static SKColor ForState(string state)
        {
            switch (state)
            {
                case "Off":
                    return Off;
                case "Idle":
                    return Idle;
                case "PreEventBuffer":
                    return Buffering;
                case "Recording":
                    return Recording;
                case "PrivacyMuted":
                    return PrivacyMuted;
                default:
                    return Unknown;
            }
        }

        /// <summary>The words written in a state band.</summary>
        public static string StateLabel(string state)
        {
            switch (state)
            {
                case "PreEventBuffer":
                    return "buffering";
                case "PrivacyMuted":
                    return "muted";
                default:
                    return state.ToLowerInvariant();
            }
        }
    }
}
