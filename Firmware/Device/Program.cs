using System.Threading;
using BwcFirmware.Drivers.Board;
using BwcFirmware.Drivers.Esp32.Board;
using BwcFirmware.Drivers.Esp32.Card;

namespace BwcFirmware.Device
{
    /// <summary>
    /// The device's composition root. Today it brings the board up (pin map, adapters, card) and reports what it
    /// found; the recorder loop over Shared's DeviceAgent is wired when the agent is on main (README.md).
    /// </summary>
    public static class Program
    {
        /// <summary>Allocation unit the card is formatted with (hardware/flashing.md).</summary>
        public const long CardClusterBytes = 32768;

        /// <summary>Held back from the card's size for FAT structures and directory entries.</summary>
        public const long CardReserveBytes = 4L * 1024 * 1024;

        /// <summary>Entry point nanoCLR calls after deployment.</summary>
        public static void Main()
        {
            StartupReport report = new StartupReport();
            string problem;
            BoardPins pins = BoardFile.TryLoad(BoardFile.DefaultPath, out problem);
            if (pins == null)
            {
                // Without the pin map nothing can be driven safely; wait for a redeploy instead of guessing.
                report.Problem("board file: " + problem);
                Thread.Sleep(Timeout.Infinite);
            }

            report.Note("board " + pins.Board + " (" + pins.Chip + ")");
            DeviceHardware hardware = DeviceHardware.Start(pins, report);
            if (hardware.Card.TryMount())
            {
                FatCardFileSystem card = new FatCardFileSystem(SdCardMount.DriveRoot, CardClusterBytes, CardReserveBytes);
                report.Note("card mounted, " + (card.GetFreeBytes() / (1024 * 1024)).ToString() + " MiB free");
            }
            else
            {
                report.Problem("no card");
            }

            Thread.Sleep(Timeout.Infinite);
        }
    }
}
