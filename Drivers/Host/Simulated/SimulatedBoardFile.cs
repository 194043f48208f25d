using System;
using System.IO;
using BwcFirmware.Drivers.Board;

namespace BwcFirmware.Drivers.Host.Simulated
{
    /// <summary>
    /// The simulated board's pin map (simulated-esp32s3-cam.pins, embedded): the Freenove ESP32-S3 board's pins with
    /// a card-detect switch. Parsed by the same code the device runs on its board file.
    /// </summary>
    public static class SimulatedBoardFile
    {
        /// <summary>The resource's name.</summary>
        public const string Name = "simulated-esp32s3-cam.pins";

        private static readonly Lazy<BoardPins> s_pins = new(Load);

        /// <summary>The simulated board's pins.</summary>
        public static BoardPins Pins => s_pins.Value;

        private static BoardPins Load()
        {
            using Stream stream = typeof(SimulatedBoardFile).Assembly.GetManifestResourceStream(Name)
                ?? throw new InvalidOperationException(Name + " is not embedded");
            using var reader = new StreamReader(stream);
            BoardPinMap map = BoardPinMap.TryParse(reader.ReadToEnd(), out string problem);
            BoardPins pins = map == null ? null : BoardPins.TryRead(map, out problem);
            return pins ?? throw new InvalidOperationException(Name + ": " + problem);
        }
    }
}
