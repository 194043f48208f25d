#nullable disable
using BwcFirmware.Shared.Loop;

// Portable fake (no generics, no LINQ): runs on nanoCLR with the device tests and on the host.
namespace BwcFirmware.DeviceTests.Fakes.Loop
{
    /// <summary>Counts starts and kicks.</summary>
    public sealed class FakeWatchdog : IWatchdog
    {
        /// <summary>True once started.</summary>
        public bool Started { get; private set; }

        /// <summary>Kicks since the start.</summary>
        public int Kicks { get; private set; }

        /// <inheritdoc />
        public void Start()
        {
            Started = true;
        }

        /// <inheritdoc />
        public void Kick()
        {
            Kicks++;
        }
    }
}
