using BwcFirmware.Shared.Agent;
using BwcFirmware.Shared.Config;

namespace BwcFirmware.Shared.Loop
{
    /// <summary>
    /// The portable drivers behind the board's pins: gestures, sensors, battery and indicators, built from the
    /// booted agent's config. An edge reaches them by GPIO number; the board's pin roles give its input and
    /// which level is active. They report what the hardware did to an <see cref="IBoardEvents"/>, show what a
    /// <see cref="StatusFeed"/> tells their <see cref="Display"/>, and are stepped with the agent's loop.
    /// </summary>
    public interface IPinDrivers : IAgentPeripheral
    {
        /// <summary>What the indicators show, once started.</summary>
        IStatusDisplay Display { get; }

        /// <summary>
        /// Builds the drivers with <paramref name="config"/>'s timings, reporting to <paramref name="events"/>;
        /// once, after boot, at <paramref name="nowMs"/>.
        /// </summary>
        void Start(DeviceConfig config, IBoardEvents events, long nowMs);

        /// <summary>One edge of GPIO <paramref name="pin"/>; a pin with no role is ignored.</summary>
        void OnPinEdge(int pin, bool high, long timeMs);

        /// <summary>Turns the indicator outputs off before the chip powers down.</summary>
        void SwitchOff(long nowMs);
    }
}
