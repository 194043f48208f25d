namespace BwcFirmware.Shared.Card
{
    /// <summary>An open file whose growth is counted in the store's <see cref="CardSpace"/>.</summary>
    internal sealed class AccountedCardFile : ICardFile
    {
        private readonly ICardFile _file;
        private readonly CardSpace _space;
        private readonly string _path;

        public AccountedCardFile(ICardFile file, CardSpace space, string path)
        {
            _file = file;
            _space = space;
            _path = path;
        }

        public long Length => _file.Length;

        public void Write(byte[] buffer, int offset, int count)
        {
            long length = _file.Length;
            long growth = _space.Growth(length, length + count);
            if (growth > 0 && !_space.HasRoomFor(growth))
            {
                throw new CardException(CardFault.Full, _path);
            }

            _file.Write(buffer, offset, count);
            _space.Charge(growth);
        }

        public void WriteAt(long position, byte[] buffer, int offset, int count)
        {
            _file.WriteAt(position, buffer, offset, count);
        }

        public void Flush()
        {
            _file.Flush();
        }

        public void Dispose()
        {
            _file.Dispose();
        }
    }
}
