#nullable disable
using BwcFirmware.Shared.Loop;

// Portable fake (no generics, no LINQ): runs on nanoCLR with the device tests and on the host.
namespace BwcFirmware.DeviceTests.Fakes.Loop
{
    /// <summary>Pauses and naps that move the fake clock by their length; counts naps and the power-down.</summary>
    public sealed class FakeSleep : ISleep
    {
        private readonly FakeClock _clock;

        /// <summary>Sleeps on <paramref name="clock"/>.</summary>
        public FakeSleep(FakeClock clock)
        {
            _clock = clock;
        }

        /// <summary>Whether a nap is granted (a chip with Wi-Fi on refuses).</summary>
        public bool NapAllowed { get; set; } = true;

        /// <summary>Naps taken.</summary>
        public int Naps { get; private set; }

        /// <summary>True once powered down.</summary>
        public bool PoweredDown { get; private set; }

        /// <inheritdoc />
        public void Pause(int ms)
        {
            _clock.NowMs += ms;
        }

        /// <inheritdoc />
        public bool TryNap(int maxMs)
        {
            if (!NapAllowed)
            {
                return false;
            }

            Naps++;
            _clock.NowMs += maxMs;
            return true;
        }

        /// <inheritdoc />
        public void PowerDown()
        {
            PoweredDown = true;
        }
    }
}
