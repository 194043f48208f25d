namespace BwcFirmware.Shared.Card
{
    /// <summary>
    /// The card seen through the store's <see cref="CardSpace"/>: every write that grows a file is counted,
    /// refused with <see cref="CardFault.Full"/> when it would eat into the reserve, and every delete is
    /// credited. <see cref="GetFreeBytes"/> answers from the account.
    /// </summary>
    public sealed class AccountedCardFileSystem : ICardFileSystem
    {
        private readonly ICardFileSystem _card;
        private readonly CardSpace _space;

        /// <summary>Counts what goes through to <paramref name="card"/> in <paramref name="space"/>.</summary>
        public AccountedCardFileSystem(ICardFileSystem card, CardSpace space)
        {
            _card = card;
            _space = space;
        }

        /// <summary>The account.</summary>
        public CardSpace Space => _space;

        /// <inheritdoc />
        public bool FileExists(string path)
        {
            return _card.FileExists(path);
        }

        /// <inheritdoc />
        public bool DirectoryExists(string path)
        {
            return _card.DirectoryExists(path);
        }

        /// <inheritdoc />
        public void CreateDirectory(string path)
        {
            if (_card.DirectoryExists(path))
            {
                return;
            }

            Require(path, _space.ClusterBytes);
            _card.CreateDirectory(path);

            // Parents made on the way are few and small; one cluster for the leaf is what is counted.
            _space.Charge(_space.ClusterBytes);
        }

        /// <inheritdoc />
        public string[] ListFiles(string directory)
        {
            return _card.ListFiles(directory);
        }

        /// <inheritdoc />
        public string[] ListDirectories(string directory)
        {
            return _card.ListDirectories(directory);
        }

        /// <inheritdoc />
        public long GetLength(string path)
        {
            return _card.GetLength(path);
        }

        /// <inheritdoc />
        public ICardFile Create(string path)
        {
            return new AccountedCardFile(_card.Create(path), _space, path);
        }

        /// <inheritdoc />
        public ICardFile OpenAppend(string path)
        {
            return new AccountedCardFile(_card.OpenAppend(path), _space, path);
        }

        /// <inheritdoc />
        public int Read(string path, long position, byte[] buffer, int offset, int count)
        {
            return _card.Read(path, position, buffer, offset, count);
        }

        /// <inheritdoc />
        public void Rename(string fromPath, string toPath)
        {
            _card.Rename(fromPath, toPath);
        }

        /// <inheritdoc />
        public void Delete(string path)
        {
            bool isFile = _card.FileExists(path);
            long freed = isFile ? _space.Allocated(_card.GetLength(path)) : _space.ClusterBytes;
            _card.Delete(path);
            _space.Credit(freed);
        }

        /// <inheritdoc />
        public long GetFreeBytes()
        {
            return _space.AvailableBytes;
        }

        private void Require(string path, long bytes)
        {
            if (!_space.HasRoomFor(bytes))
            {
                throw new CardException(CardFault.Full, path);
            }
        }
    }
}
