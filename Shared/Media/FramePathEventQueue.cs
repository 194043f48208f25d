using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.Shared.Media
{
    /// <summary>
    /// The chunk events an engine met inside a frame or a command, held until it stands between two frames and
    /// may hand them on (a handler may then call the engine's commands). Fixed slots: a frame opens and settles
    /// at most one chunk each, a command settles at most two; nothing is allocated per event. For engines.
    /// </summary>
    public sealed class FramePathEventQueue
    {
        private const int Slots = 8;
        private const int Opened = 1;
        private const int Closed = 2;
        private const int Fault = 3;

        private readonly int[] _kinds = new int[Slots];
        private readonly string[] _texts = new string[Slots];
        private readonly long[] _times = new long[Slots];
        private readonly ChunkRecord[] _records = new ChunkRecord[Slots];
        private readonly CardFault[] _faults = new CardFault[Slots];
        private IFramePathEvents _sink;
        private int _head;
        private int _count;

        /// <summary>Where the events go.</summary>
        public void Attach(IFramePathEvents sink)
        {
            _sink = sink;
        }

        /// <summary>Queues a chunk just opened.</summary>
        public void ChunkOpened(string name, long firstFrameMs)
        {
            int slot = Push(Opened);
            _texts[slot] = name;
            _times[slot] = firstFrameMs;
        }

        /// <summary>Queues a settled chunk; <paramref name="record"/> must stay untouched until delivered.</summary>
        public void ChunkClosed(string path, ChunkRecord record)
        {
            int slot = Push(Closed);
            _texts[slot] = path;
            _records[slot] = record;
        }

        /// <summary>Queues a card fault.</summary>
        public void Faulted(long nowMs, CardFault fault, string path)
        {
            int slot = Push(Fault);
            _texts[slot] = path;
            _times[slot] = nowMs;
            _faults[slot] = fault;
        }

        /// <summary>Hands every queued event on, oldest first (also those a handler's command adds meanwhile).</summary>
        public void Deliver()
        {
            while (_count > 0)
            {
                int slot = _head;
                _head = (_head + 1) % Slots;
                _count--;
                int kind = _kinds[slot];
                string text = _texts[slot];
                ChunkRecord record = _records[slot];
                _texts[slot] = null;
                _records[slot] = null;
                if (_sink == null)
                {
                    continue;
                }

                if (kind == Opened)
                {
                    _sink.ChunkOpened(text, _times[slot]);
                }
                else if (kind == Closed)
                {
                    _sink.ChunkClosed(text, record);
                }
                else
                {
                    _sink.Faulted(_times[slot], _faults[slot], text);
                }
            }
        }

        private int Push(int kind)
        {
            if (_count == Slots)
            {
                // Unreachable by the engines' own rhythm; losing a report silently would lose a manifest line.
                throw new System.InvalidOperationException("frame path events");
            }

            int slot = (_head + _count) % Slots;
            _count++;
            _kinds[slot] = kind;
            return slot;
        }
    }
}
