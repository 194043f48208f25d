using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Drivers.Host.Simulated
{
    /// <summary>
    /// Sleep on the simulated chip: the shift runner moves time, so a pause or a nap ends at once (the loop then
    /// re-reads the pins as after a real nap); the power-down is remembered, and the runner wakes the camera when
    /// it is docked.
    /// </summary>
    public sealed class SimulatedSleep : ISleep
    {
        /// <summary>Naps taken.</summary>
        public int Naps { get; private set; }

        /// <summary>True once the camera powered down after an orderly power-off.</summary>
        public bool PoweredDown { get; private set; }

        /// <inheritdoc />
        public void Pause(int ms)
        {
        }

        /// <inheritdoc />
        public bool TryNap(int maxMs)
        {
            Naps++;
            return true;
        }

        /// <inheritdoc />
        public void PowerDown()
        {
            PoweredDown = true;
        }
    }
}
