using BwcFirmware.Drivers.Board;
using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Drivers.Host.Simulated
{
    /// <summary>
    /// The simulated board's input pins while the camera is powered: each edge the runner takes from the board is
    /// posted, with its GPIO number and electrical level, to a <see cref="GpioEdgeQueue"/> as the device's GPIO
    /// handlers post theirs; the camera loop drains it.
    /// </summary>
    public sealed class SimulatedEdgeInputs : IEdgeSource
    {
        /// <summary>As the device's queue: a burst of contact bounce on every input at once.</summary>
        public const int QueueCapacity = 64;

        private readonly GpioEdgeQueue _queue = new(QueueCapacity);
        private readonly SimulatedBoard _board;
        private readonly IClock _clock;

        /// <summary>The pins of <paramref name="board"/>, stamped with <paramref name="clock"/>'s time.</summary>
        public SimulatedEdgeInputs(SimulatedBoard board, IClock clock)
        {
            _board = board;
            _clock = clock;
        }

        /// <summary>Edges dropped because the loop fell behind.</summary>
        public int Dropped => _queue.Dropped;

        /// <summary>The interrupt: posts <paramref name="edge"/> at device time <paramref name="deviceMs"/>.</summary>
        public void Post(PinEdge edge, long deviceMs)
        {
            _queue.Post(edge.Gpio, edge.High, deviceMs);
        }

        /// <inheritdoc />
        public bool TryTakeEdge(out int pin, out bool high, out long timeMs)
        {
            bool taken = _queue.TryTake(out GpioEdge edge);
            pin = edge.Pin;
            high = edge.High;
            timeMs = edge.TimeMs;
            return taken;
        }

        /// <inheritdoc />
        public void PostCurrentLevels()
        {
            foreach (SimulatedInputPin pin in _board.Inputs)
            {
                _queue.Post(pin.Gpio, pin.High, _clock.NowMs);
            }
        }
    }
}
