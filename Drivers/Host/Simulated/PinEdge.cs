namespace BwcFirmware.Drivers.Host.Simulated
{
    /// <summary>One level change on a simulated input pin.</summary>
    /// <param name="Pin">Which input changed.</param>
    /// <param name="TimeMs">Simulated milliseconds since the start of the shift.</param>
    /// <param name="Active">The logical level after the edge: pressed, drawn, docked, card present.</param>
    public readonly record struct PinEdge(BoardPin Pin, long TimeMs, bool Active);
}
