using System;
using System.IO;
using BwcFirmware.Drivers.Board;

namespace BwcFirmware.Drivers.Esp32.Board
{
    /// <summary>
    /// Loads the board's pin map from the internal flash drive, where nanoff's file deployment puts it
    /// (hardware/flashing.md). It cannot live on the SD card: the SD pins are in it.
    /// </summary>
    public static class BoardFile
    {
        /// <summary>Where the pin map is deployed.</summary>
        public const string DefaultPath = "I:\\board.pins";

        /// <summary>The board's pins, or null and a short problem when the file is missing or wrong.</summary>
        public static BoardPins TryLoad(string path, out string problem)
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception)
            {
                problem = "no " + path;
                return null;
            }

            BoardPinMap map = BoardPinMap.TryParse(text, out problem);
            return map == null ? null : BoardPins.TryRead(map, out problem);
        }
    }
}
