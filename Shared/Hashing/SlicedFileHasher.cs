using System;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Shared.Hashing
{
    /// <summary>
    /// An <see cref="IFileHasher"/> without a thread: each <see cref="TryFinish"/> reads and hashes about the
    /// budget it is given, through one buffer allocated here, so the caller spreads a chunk's read-back over
    /// the frames that follow it instead of stalling on it.
    /// </summary>
    public sealed class SlicedFileHasher : IFileHasher
    {
        private readonly ICardFileSystem _card;
        private readonly ISha256 _sha;
        private readonly byte[] _buffer;
        private string _path;
        private long _position;
        private long _hashedBytes;

        /// <summary>Hashes files of <paramref name="card"/> with <paramref name="sha"/>, reading <paramref name="bufferBytes"/> at a time.</summary>
        public SlicedFileHasher(ICardFileSystem card, ISha256 sha, int bufferBytes)
        {
            if (card == null || sha == null)
            {
                throw new ArgumentNullException(nameof(card));
            }

            if (bufferBytes <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(bufferBytes));
            }

            _card = card;
            _sha = sha;
            _buffer = new byte[bufferBytes];
        }

        /// <inheritdoc />
        public bool IsBusy
        {
            get { return _path != null; }
        }

        /// <inheritdoc />
        public long HashedBytes
        {
            get { return _hashedBytes; }
        }

        /// <inheritdoc />
        public void Start(string path)
        {
            if (path == null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            if (_path != null)
            {
                throw new InvalidOperationException("hasher busy");
            }

            _sha.Reset();
            _path = path;
            _position = 0;
        }

        /// <inheritdoc />
        public bool TryFinish(long budgetBytes, byte[] digest, int offset)
        {
            if (_path == null)
            {
                throw new InvalidOperationException("hasher idle");
            }

            // At least one read per call, so a tiny budget still makes progress; no sum that could overflow.
            long budget = budgetBytes < _buffer.Length ? _buffer.Length : budgetBytes;
            long taken = 0;
            while (taken < budget)
            {
                int read;
                try
                {
                    read = _card.Read(_path, _position, _buffer, 0, _buffer.Length);
                }
                catch (CardException)
                {
                    _path = null;
                    throw;
                }

                if (read <= 0)
                {
                    _sha.Finish(digest, offset);
                    _hashedBytes = _position;
                    _path = null;
                    return true;
                }

                _sha.Append(_buffer, 0, read);
                _position += read;
                taken += read;
            }

            return false;
        }

        /// <inheritdoc />
        public void Finish(byte[] digest, int offset)
        {
            while (!TryFinish(long.MaxValue, digest, offset))
            {
            }
        }

        /// <inheritdoc />
        public void Cancel()
        {
            _path = null;
        }
    }
}
