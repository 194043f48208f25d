namespace BwcFirmware.Drivers.Board
{
    /// <summary>
    /// Hands edges from GPIO event threads to the one loop that owns the state machine (the only lock in the
    /// drivers: it is the thread boundary). Handlers only post; the loop takes. Fixed capacity and no allocation after construction; when full, the oldest edge is dropped
    /// and counted, because the newest level is what the debounce needs.
    /// </summary>
    public sealed class GpioEdgeQueue
    {
        private readonly object _gate = new object();
        private readonly GpioEdge[] _edges;
        private int _head;
        private int _count;

        /// <summary>Creates a queue holding up to <paramref name="capacity"/> edges.</summary>
        public GpioEdgeQueue(int capacity)
        {
            _edges = new GpioEdge[capacity];
        }

        /// <summary>Edges dropped because the loop fell behind.</summary>
        public int Dropped { get; private set; }

        /// <summary>Adds an edge (any thread).</summary>
        public void Post(int pin, bool high, long timeMs)
        {
            lock (_gate)
            {
                if (_count == _edges.Length)
                {
                    _head = (_head + 1) % _edges.Length;
                    _count--;
                    Dropped++;
                }

                _edges[(_head + _count) % _edges.Length] = new GpioEdge(pin, high, timeMs);
                _count++;
            }
        }

        /// <summary>Takes the oldest edge (the loop only); false when none is waiting.</summary>
        public bool TryTake(out GpioEdge edge)
        {
            lock (_gate)
            {
                if (_count == 0)
                {
                    edge = new GpioEdge(0, false, 0);
                    return false;
                }

                edge = _edges[_head];
                _head = (_head + 1) % _edges.Length;
                _count--;
                return true;
            }
        }
    }
}
