using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Drivers.Host.Simulated
{
    /// <summary>The simulated camera's monotonic clock: 0 at its power-on, set by the shift runner before each pass.</summary>
    public sealed class SimulatedDeviceClock : IClock
    {
        /// <inheritdoc />
        public long NowMs { get; set; }
    }
}
