using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Drivers.Host.Simulated
{
    /// <summary>The loop's watchdog on the simulated board: counts kicks (simulated time cannot stall).</summary>
    public sealed class SimulatedWatchdog : IWatchdog
    {
        /// <summary>Kicks since power-on.</summary>
        public int Kicks { get; private set; }

        /// <inheritdoc />
        public void Start()
        {
        }

        /// <inheritdoc />
        public void Kick()
        {
            Kicks++;
        }
    }
}
