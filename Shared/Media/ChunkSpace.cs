using BwcFirmware.Shared.Card;

namespace BwcFirmware.Shared.Media
{
    /// <summary>
    /// The card space of chunks, counted per chunk rather than per write: the frame path writes chunks straight to
    /// the card (natively on the device, where no managed code sees the bytes), so the store holds a chunk's
    /// largest size (<see cref="IFramePath.MaxChunkBytes"/>, in whole clusters) when the chunk opens and settles
    /// the hold to the chunk's real length when its record arrives. At most two chunks are held: the open one and
    /// the one whose hash is pending.
    /// </summary>
    internal sealed class ChunkSpace
    {
        private readonly CardSpace _space;
        private readonly long _holdBytes;
        private int _held;

        public ChunkSpace(CardSpace space, long maxChunkBytes)
        {
            _space = space;
            _holdBytes = space.Allocated(maxChunkBytes);
        }

        /// <summary>Bytes held for one chunk.</summary>
        public long HoldBytes => _holdBytes;

        /// <summary>Counts a chunk just opened at its largest size.</summary>
        public void Hold()
        {
            _space.Charge(_holdBytes);
            _held++;
        }

        /// <summary>A closed chunk's record arrived: its hold (if it had one) gives way to its real length.</summary>
        public void Settle(long chunkBytes)
        {
            if (_held > 0)
            {
                _space.Credit(_holdBytes);
                _held--;
            }

            _space.Charge(_space.Allocated(chunkBytes));
        }

        /// <summary>
        /// After a fault the chunks held are left as the card has them, their lengths unknown here: their holds stay
        /// counted (more than they take; the next mount measures the card again).
        /// </summary>
        public void Forget()
        {
            _held = 0;
        }
    }
}
