#nullable disable
using BwcFirmware.Drivers.Board;
using BwcFirmware.Shared.Loop;

// Portable fake (no generics, no LINQ): runs on nanoCLR with the device tests and on the host.
namespace BwcFirmware.DeviceTests.Fakes.Loop
{
    /// <summary>
    /// Input pins whose interrupts are the test: <see cref="Set"/> changes a pin's electrical level and posts the
    /// edge to a <see cref="GpioEdgeQueue"/>, as the device's GPIO handlers do; <see cref="PostCurrentLevels"/>
    /// posts every pin's level.
    /// </summary>
    public sealed class FakeEdgeSource : IEdgeSource
    {
        private readonly GpioEdgeQueue _queue = new GpioEdgeQueue(64);
        private readonly FakeClock _clock;
        private readonly int[] _pins;
        private readonly bool[] _levels;

        /// <summary>Pins <paramref name="pins"/> resting at <paramref name="levels"/> (electrical: true = high).</summary>
        public FakeEdgeSource(FakeClock clock, int[] pins, bool[] levels)
        {
            _clock = clock;
            _pins = pins;
            _levels = levels;
        }

        /// <summary>How often every level was posted (boot, after each nap).</summary>
        public int LevelPosts { get; private set; }

        /// <summary>Moves <paramref name="pin"/> to <paramref name="high"/> now and posts the edge.</summary>
        public void Set(int pin, bool high)
        {
            for (int i = 0; i < _pins.Length; i++)
            {
                if (_pins[i] == pin)
                {
                    _levels[i] = high;
                }
            }

            _queue.Post(pin, high, _clock.NowMs);
        }

        /// <inheritdoc />
        public bool TryTakeEdge(out int pin, out bool high, out long timeMs)
        {
            GpioEdge edge;
            bool taken = _queue.TryTake(out edge);
            pin = edge.Pin;
            high = edge.High;
            timeMs = edge.TimeMs;
            return taken;
        }

        /// <inheritdoc />
        public void PostCurrentLevels()
        {
            LevelPosts++;
            for (int i = 0; i < _pins.Length; i++)
            {
                _queue.Post(_pins[i], _levels[i], _clock.NowMs);
            }
        }
    }
}
