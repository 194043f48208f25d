#nullable disable
using BwcFirmware.Drivers.Board;

// Portable fake (no generics, no LINQ): runs on nanoCLR with the device tests and on the host.
namespace BwcFirmware.DeviceTests.Fakes.Loop
{
    /// <summary>A battery at the millivolts the test sets.</summary>
    public sealed class FakeBatteryAdc : IBatteryAdc
    {
        /// <summary>The cell's voltage.</summary>
        public int Millivolts { get; set; } = 4100;

        /// <inheritdoc />
        public int ReadMillivolts()
        {
            return Millivolts;
        }
    }
}
