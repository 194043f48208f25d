using System;
using System.Globalization;

namespace BwcFirmware.Simulator.Simulation
{
    /// <summary>Everything a simulated shift is run with, from the command line or from the demo.</summary>
    public sealed class ShiftOptions
    {
        /// <summary>Default frame width (issue policy: 640x480).</summary>
        public const int DefaultWidth = 640;

        /// <summary>Default frame height.</summary>
        public const int DefaultHeight = 480;

        /// <summary>Default frame rate (issue policy: 15 fps).</summary>
        public const int DefaultFps = 15;

        /// <summary>The card: a folder standing for the SD card's evidence root.</summary>
        public string CardDirectory { get; set; }

        /// <summary>Where the picture and the summary go.</summary>
        public string ReportDirectory { get; set; }

        /// <summary>Folder standing for the device's internal flash (the audit chain's head); null: the device has none.</summary>
        public string FlashDirectory { get; set; }

        /// <summary>The station's tus endpoint, or null for no sync.</summary>
        public Uri StationUrl { get; set; }

        /// <summary>The device credential (bearer token) for the station.</summary>
        public string Token { get; set; }

        /// <summary>A PEM file with the station's CA to pin, for HTTPS.</summary>
        public string CaFile { get; set; }

        /// <summary>Frame width in pixels.</summary>
        public int Width { get; set; } = DefaultWidth;

        /// <summary>Frame height in pixels.</summary>
        public int Height { get; set; } = DefaultHeight;

        /// <summary>Frames per second.</summary>
        public int Fps { get; set; } = DefaultFps;

        /// <summary>Seed of every random choice (bounce, press lengths, noise, the scene).</summary>
        public int Seed { get; set; } = 1;

        /// <summary>The device id burned into frames (the card config's device_id wins when it sets one).</summary>
        public string DeviceId { get; set; } = "BWC-SIM-01";

        /// <summary>Size of the simulated card in bytes.</summary>
        public long CardCapacityBytes { get; set; } = 32L * 1000 * 1000 * 1000;

        /// <summary>True to pace simulated time to the wall clock.</summary>
        public bool RealTime { get; set; }

        /// <summary>The per-frame media path the camera runs.</summary>
        public MediaEngineChoice Engine { get; set; } = MediaEngineChoice.Native;

        /// <summary>Parses "WxH" (e.g. 640x480); false with a reason when it is not a sensible frame size.</summary>
        public static bool TryParseResolution(string text, out int width, out int height, out string error)
        {
            width = 0;
            height = 0;
            error = null;
            string[] parts = (text ?? string.Empty).ToLowerInvariant().Split('x');
            if (parts.Length != 2
                || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out width)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out height))
            {
                error = $"bad resolution '{text}' (expected WxH, e.g. 640x480)";
                return false;
            }

            if (width < 64 || height < 48 || width > 3840 || height > 2160)
            {
                error = $"resolution {width}x{height} out of range (64x48 to 3840x2160)";
                return false;
            }

            return true;
        }
    }
}
