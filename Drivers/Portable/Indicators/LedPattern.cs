namespace BwcFirmware.Drivers.Indicators
{
    /// <summary>The steady LED patterns; <see cref="LedPatterns"/> says how each looks.</summary>
    public enum LedPattern
    {
        /// <summary>Dark (also everything in stealth mode).</summary>
        Off = 0,

        /// <summary>Idle, nothing written: green blink every 4 s.</summary>
        Standby = 1,

        /// <summary>Pre-event buffer running: green, short blink every 2 s.</summary>
        Buffering = 2,

        /// <summary>A clip is open: red, steady.</summary>
        Recording = 3,

        /// <summary>A clip is open with audio muted: red, slow blink.</summary>
        Muted = 4,

        /// <summary>In the dock (charging, syncing): amber, steady.</summary>
        Docked = 5,

        /// <summary>Battery low or critical, not recording: amber, blinking.</summary>
        LowBattery = 6,

        /// <summary>Card full: red, double blink.</summary>
        CardFull = 7,

        /// <summary>No card, or a media fault: red, fast blink.</summary>
        Error = 8,

        /// <summary>Wall-clock time not set (clips carry only monotonic time): amber, fast blink.</summary>
        ClockNotSet = 9,
    }

    /// <summary>LED colours the board may have.</summary>
    public enum LedColor
    {
        /// <summary>No light.</summary>
        None = 0,

        /// <summary>Green.</summary>
        Green = 1,

        /// <summary>Red.</summary>
        Red = 2,

        /// <summary>Amber (red and green together on a two-colour LED).</summary>
        Amber = 3,
    }

    /// <summary>How each <see cref="LedPattern"/> looks, for LED adapters: a colour lit for OnMs, then dark for OffMs, repeated.</summary>
    public static class LedPatterns
    {
        /// <summary>The colour of <paramref name="pattern"/>.</summary>
        public static LedColor ColorOf(LedPattern pattern)
        {
            switch (pattern)
            {
                case LedPattern.Standby:
                case LedPattern.Buffering:
                    return LedColor.Green;
                case LedPattern.Recording:
                case LedPattern.Muted:
                case LedPattern.CardFull:
                case LedPattern.Error:
                    return LedColor.Red;
                case LedPattern.Docked:
                case LedPattern.LowBattery:
                case LedPattern.ClockNotSet:
                    return LedColor.Amber;
                default:
                    return LedColor.None;
            }
        }

        /// <summary>How long the LED is lit per period in ms (0 = dark; equal to the period = steady).</summary>
        public static int OnMsOf(LedPattern pattern)
        {
            switch (pattern)
            {
                case LedPattern.Standby: return 100;
                case LedPattern.Buffering: return 200;
                case LedPattern.Recording: return 1000;
                case LedPattern.Muted: return 500;
                case LedPattern.Docked: return 1000;
                case LedPattern.LowBattery: return 500;
                case LedPattern.CardFull: return 150;
                case LedPattern.Error: return 100;
                case LedPattern.ClockNotSet: return 150;
                default: return 0;
            }
        }

        /// <summary>How long the LED is dark per period in ms (0 with a non-zero on time = steady).</summary>
        public static int OffMsOf(LedPattern pattern)
        {
            switch (pattern)
            {
                case LedPattern.Standby: return 3900;
                case LedPattern.Buffering: return 1800;
                case LedPattern.Muted: return 500;
                case LedPattern.LowBattery: return 1500;
                case LedPattern.CardFull: return 350;
                case LedPattern.Error: return 100;
                case LedPattern.ClockNotSet: return 150;
                case LedPattern.Off: return 1000;
                default: return 0;
            }
        }

        /// <summary>The lower-case name of <paramref name="pattern"/> for logs and the simulator.</summary>
        public static string NameOf(LedPattern pattern)
        {
            switch (pattern)
            {
                case LedPattern.Off: return "off";
                case LedPattern.Standby: return "standby";
                case LedPattern.Buffering: return "buffering";
                case LedPattern.Recording: return "recording";
                case LedPattern.Muted: return "muted";
                case LedPattern.Docked: return "docked";
                case LedPattern.LowBattery: return "low-battery";
                case LedPattern.CardFull: return "card-full";
                case LedPattern.Error: return "error";
                case LedPattern.ClockNotSet: return "clock-not-set";
                default: return "pattern-" + ((int)pattern).ToString();
            }
        }
    }
}
