using System.Collections;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.Shared.Media
{
    /// <summary>
    /// The closed chunks of the pre-event ring, oldest first, with what the clip's manifest will need when they
    /// join a clip. Keeps at least the configured span: the oldest chunk goes only when the rest still cover it.
    /// Records are pooled, so the ring allocates nothing once it has filled.
    /// </summary>
    internal sealed class PreEventRing
    {
        private readonly ArrayList _chunks = new ArrayList();
        private readonly ArrayList _pool = new ArrayList();

        /// <summary>Closed chunks held.</summary>
        public int Count => _chunks.Count;

        /// <summary>Chunk <paramref name="index"/>, oldest first.</summary>
        public RingChunk At(int index)
        {
            return (RingChunk)_chunks[index];
        }

        /// <summary>A record to close the next ring chunk into (from the pool).</summary>
        public RingChunk Rent()
        {
            if (_pool.Count == 0)
            {
                return new RingChunk();
            }

            var chunk = (RingChunk)_pool[_pool.Count - 1];
            _pool.RemoveAt(_pool.Count - 1);
            return chunk;
        }

        /// <summary>Adds a closed chunk as the newest.</summary>
        public void Add(RingChunk chunk)
        {
            _chunks.Add(chunk);
        }

        /// <summary>Returns a record that joined a clip (or was dropped) to the pool.</summary>
        public void Release(RingChunk chunk)
        {
            _pool.Add(chunk);
        }

        /// <summary>Forgets every chunk (they joined a clip); the caller has moved their files.</summary>
        public void Clear()
        {
            for (int i = 0; i < _chunks.Count; i++)
            {
                _pool.Add(_chunks[i]);
            }

            _chunks.Clear();
        }

        /// <summary>Drops oldest chunks while the newer ones still cover <paramref name="keepMs"/>.</summary>
        public void Trim(ICardFileSystem card, long keepMs, long frameIntervalMs)
        {
            while (_chunks.Count > 1 && CoveredMs(1, frameIntervalMs) >= keepMs)
            {
                DropOldest(card);
            }
        }

        /// <summary>Deletes the oldest chunk (to trim, or to yield space on a full card); false when empty.</summary>
        public bool DropOldest(ICardFileSystem card)
        {
            if (_chunks.Count == 0)
            {
                return false;
            }

            var oldest = (RingChunk)_chunks[0];
            _chunks.RemoveAt(0);
            _pool.Add(oldest);
            card.Delete(oldest.Path);
            return true;
        }

        /// <summary>Deletes every chunk file (a new buffering session must not join old video to a clip).</summary>
        public int DropAll(ICardFileSystem card)
        {
            int dropped = 0;
            while (DropOldest(card))
            {
                dropped++;
            }

            return dropped;
        }

        private long CoveredMs(int from, long frameIntervalMs)
        {
            long covered = 0;
            for (int i = from; i < _chunks.Count; i++)
            {
                ChunkRecord record = ((RingChunk)_chunks[i]).Record;
                covered += record.LastFrameMs - record.FirstFrameMs + frameIntervalMs;
            }

            return covered;
        }
    }

    /// <summary>A closed ring chunk: where it is and what it holds.</summary>
    internal sealed class RingChunk
    {
        public RingChunk()
        {
            Record = new ChunkRecord { Sha256 = new byte[32] };
        }

        /// <summary>Its path in the ring folder.</summary>
        public string Path { get; set; }

        /// <summary>Its closed state (name, length, frames, times, hash).</summary>
        public ChunkRecord Record { get; }
    }
}
