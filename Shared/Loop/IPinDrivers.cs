using BwcFirmware.Shared.Agent;

namespace BwcFirmware.Shared.Loop
{
    /// <summary>
    /// The portable drivers behind the board's pins: gestures, sensors, battery and indicators, built from the
    /// booted agent's config. An edge reaches them by GPIO number; the board's pin roles give its input and
    /// which level is active.
    /// </summary>
    public interface IPinDrivers
    {
        /// <summary>
        /// Builds the drivers from <paramref name="agent"/>'s config, reporting what the hardware did to
        /// <paramref name="events"/>, and joins the agent's loop; once, after boot.
        /// </summary>
        void Attach(DeviceAgent agent, IBoardEvents events);

        /// <summary>One edge of GPIO <paramref name="pin"/>; a pin with no role is ignored.</summary>
        void OnPinEdge(int pin, bool high, long timeMs);

        /// <summary>Turns the indicator outputs off before the chip powers down.</summary>
        void SwitchOff(long nowMs);
    }
}
