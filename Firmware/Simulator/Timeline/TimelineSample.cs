namespace BwcFirmware.Simulator.Timeline
{
    /// <summary>A measured value at an instant (battery millivolts and percent, card bytes used and size...).</summary>
    /// <param name="TimeMs">Shift milliseconds.</param>
    /// <param name="Value">The main value.</param>
    /// <param name="Secondary">A second value that goes with it.</param>
    public sealed record TimelineSample(long TimeMs, long Value, long Secondary);
}
