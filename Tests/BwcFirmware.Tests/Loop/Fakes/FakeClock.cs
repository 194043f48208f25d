#nullable disable
using BwcFirmware.Shared.Loop;

// Portable fake (no generics, no LINQ): Tests/DeviceTests can link it as it is.
namespace BwcFirmware.Tests.Loop.Fakes
{
    /// <summary>A monotonic clock the test moves; the loop's pauses and naps move it too, as time passes on a board.</summary>
    public sealed class FakeClock : IClock
    {
        /// <inheritdoc />
        public long NowMs { get; set; }
    }
}
