using BwcFirmware.Simulator.Scripting;

namespace BwcFirmware.Simulator.Simulation
{
    /// <summary>
    /// A scripted event that is not a pin edge: power, battery voltage, card faults. The shift runner carries
    /// it out at its time; pin events become edges on the simulated board instead.
    /// </summary>
    /// <param name="TimeMs">Simulated milliseconds from the start of the shift.</param>
    /// <param name="Kind">What happens.</param>
    /// <param name="Argument">Battery millivolts for a battery event; 0 otherwise.</param>
    /// <param name="Line">The script line it came from.</param>
    public sealed record WorldAction(long TimeMs, ScenarioEventKind Kind, int Argument, int Line);
}
