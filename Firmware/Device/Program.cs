using System.Threading;
using BwcFirmware.Drivers.Board;
using BwcFirmware.Drivers.Esp32.Board;

namespace BwcFirmware.Device
{
    /// <summary>The device's composition root: board file, adapters, agent, loop (README.md).</summary>
    public static class Program
    {
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
            DeviceLoop loop = DeviceLoop.Boot(hardware, report);
            report.Note("running");
            loop.Run();
        }
    }
}
