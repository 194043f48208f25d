namespace BwcFirmware.Shared.Recording
{
    /// <summary>
    /// A fixed-size first-in first-out queue of <see cref="InputEvent"/>s between the drivers and the one loop
    /// that runs the state machine. Posting and taking allocate nothing, and both lock, so a GPIO interrupt
    /// thread may post while the loop takes.
    /// </summary>
    /// <remarks>
    /// When the queue is full the new event is refused and counted in <see cref="DroppedCount"/>: the events
    /// already queued are older and were promised first. The loop should report a growing count as a fault.
    /// </remarks>
    public sealed class InputQueue
    {
        /// <summary>Capacity used by the parameterless constructor.</summary>
        public const int DefaultCapacity = 32;

        private readonly object _lock = new object();
        private readonly InputEvent[] _items;
        private int _head;
        private int _count;
        private int _dropped;

        /// <summary>Creates a queue holding up to <see cref="DefaultCapacity"/> events.</summary>
        public InputQueue()
            : this(DefaultCapacity)
        {
        }

        /// <summary>Creates a queue holding up to <paramref name="capacity"/> events (at least 1).</summary>
        public InputQueue(int capacity)
        {
            _items = new InputEvent[capacity < 1 ? 1 : capacity];
        }

        /// <summary>How many events fit.</summary>
        public int Capacity
        {
            get { return _items.Length; }
        }

        /// <summary>How many events wait.</summary>
        public int Count
        {
            get
            {
                lock (_lock)
                {
                    return _count;
                }
            }
        }

        /// <summary>How many events were refused because the queue was full, since creation.</summary>
        public int DroppedCount
        {
            get
            {
                lock (_lock)
                {
                    return _dropped;
                }
            }
        }

        /// <summary>Appends <paramref name="input"/>; false (and counted) when the queue is full.</summary>
        public bool TryPost(InputEvent input)
        {
            lock (_lock)
            {
                if (_count == _items.Length)
                {
                    _dropped++;
                    return false;
                }

                int tail = _head + _count;
                if (tail >= _items.Length)
                {
                    tail -= _items.Length;
                }

                _items[tail] = input;
                _count++;
                return true;
            }
        }

        /// <summary>Appends an event of <paramref name="kind"/> at <paramref name="timeMs"/> with <paramref name="argument"/>.</summary>
        public bool TryPost(InputKind kind, long timeMs, int argument)
        {
            return TryPost(new InputEvent(kind, timeMs, argument));
        }

        /// <summary>Removes the oldest event into <paramref name="input"/>; false when the queue is empty.</summary>
        public bool TryTake(out InputEvent input)
        {
            lock (_lock)
            {
                if (_count == 0)
                {
                    input = default(InputEvent);
                    return false;
                }

                input = _items[_head];
                _head++;
                if (_head == _items.Length)
                {
                    _head = 0;
                }

                _count--;
                return true;
            }
        }
    }
}
