using BwcFirmware.Drivers.Board;

namespace BwcFirmware.Drivers.Host.Simulated
{
    /// <summary>One level change on a simulated input pin.</summary>
    /// <param name="Input">Which board input changed.</param>
    /// <param name="Gpio">Its GPIO number on the simulated board.</param>
    /// <param name="TimeMs">Simulated milliseconds since the start of the shift.</param>
    /// <param name="Active">The logical level after the edge: pressed, drawn, docked, card present.</param>
    /// <param name="High">The electrical level after the edge, as the GPIO interrupt reports it.</param>
    public readonly record struct PinEdge(BoardInput Input, int Gpio, long TimeMs, bool Active, bool High);
}
