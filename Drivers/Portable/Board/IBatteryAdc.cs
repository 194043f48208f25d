namespace BwcFirmware.Drivers.Board
{
    /// <summary>The battery divider's ADC channel, converted to millivolts at the cell.</summary>
    public interface IBatteryAdc
    {
        /// <summary>One conversion: the cell voltage in millivolts.</summary>
        int ReadMillivolts();
    }
}
