namespace BwcFirmware.Simulator.Timeline
{
    /// <summary>A labelled instant of the shift (a power event).</summary>
    /// <param name="TimeMs">Shift milliseconds.</param>
    /// <param name="Label">What happened.</param>
    public sealed record TimelinePoint(long TimeMs, string Label);
}
