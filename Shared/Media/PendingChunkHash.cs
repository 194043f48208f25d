using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.Shared.Media
{
    /// <summary>
    /// The closed chunk whose SHA-256 is still being taken: at most one. Its record is complete but for the
    /// hash. The engine lets the hasher work while the next chunk is written and settles the chunk when the
    /// next one closes (a fixed point, so the manifest reads the same whichever hasher ran), and always before
    /// anything reads the record (its manifest line, a ring adoption) or removes the file.
    /// </summary>
    internal sealed class PendingChunkHash
    {
        private readonly IFileHasher _hasher;
        private string _path;
        private bool _hashed;

        public PendingChunkHash(IFileHasher hasher)
        {
            _hasher = hasher;
        }

        /// <summary>True while a closed chunk waits to be settled.</summary>
        public bool IsPending => _path != null;

        /// <summary>The waiting chunk's record (its hash is filled in when taken).</summary>
        public ChunkRecord Record { get; private set; }

        /// <summary>The waiting chunk's path on the card.</summary>
        public string Path => _path;

        /// <summary>Starts hashing the closed file at <paramref name="path"/> for <paramref name="record"/>.</summary>
        public void Start(string path, ChunkRecord record)
        {
            _hasher.Start(path);
            _path = path;
            _hashed = false;
            Record = record;
        }

        /// <summary>Gives the hasher about <paramref name="budgetBytes"/> of work, if the hash is not yet taken.</summary>
        public void Advance(long budgetBytes)
        {
            if (!_hashed)
            {
                _hashed = Checked(_hasher.TryFinish(budgetBytes, Record.Sha256, 0));
            }
        }

        /// <summary>Takes the hash now if it is not yet taken (waiting for the hasher), then frees the slot.</summary>
        public void Settle()
        {
            if (!_hashed)
            {
                _hasher.Finish(Record.Sha256, 0);
                Checked(true);
            }

            _path = null;
            Record = null;
        }

        /// <summary>Forgets the chunk (a card fault): its file stays for boot recovery to list.</summary>
        public void Drop()
        {
            if (_path != null && !_hashed)
            {
                _hasher.Cancel();
            }

            _path = null;
            Record = null;
        }

        private bool Checked(bool finished)
        {
            if (finished && _hasher.HashedBytes != Record.Bytes)
            {
                // The card does not hold what was written: a digest of other bytes must not vouch for it.
                string path = _path;
                _path = null;
                Record = null;
                throw new CardException(CardFault.WriteError, path);
            }

            return finished;
        }
    }
}
