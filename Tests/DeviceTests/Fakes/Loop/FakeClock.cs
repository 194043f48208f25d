#nullable disable
using BwcFirmware.Shared.Loop;

// Portable fake (no generics, no LINQ): runs on nanoCLR with the device tests and on the host.
namespace BwcFirmware.DeviceTests.Fakes.Loop
{
    /// <summary>A monotonic clock the test moves; the loop's pauses and naps move it too, as time passes on a board.</summary>
    public sealed class FakeClock : IClock
    {
        /// <inheritdoc />
        public long NowMs { get; set; }
    }
}
