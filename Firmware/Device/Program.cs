using System.Threading;

namespace BwcFirmware.Device
{
    /// <summary>The device's composition root (being wired: adapters land in Drivers/Esp32).</summary>
    public static class Program
    {
        /// <summary>Entry point nanoCLR calls after deployment.</summary>
        public static void Main()
        {
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
