using BwcFirmware.Shared.Card;

namespace BwcFirmware.Drivers.Host.Card
{
    /// <summary>A handle on a file of <see cref="FaultInjectingCardFileSystem"/>; dead after a cut.</summary>
    internal sealed class FaultInjectingCardFile : ICardFile
    {
        private readonly FaultInjectingCardFileSystem _card;

        public FaultInjectingCardFile(FaultInjectingCardFileSystem card, UnflushedFile file, int generation)
        {
            _card = card;
            File = file;
            Generation = generation;
        }

        public UnflushedFile File { get; }

        public int Generation { get; }

        public bool Disposed { get; private set; }

        public long Length => _card.Length(this);

        public void Write(byte[] buffer, int offset, int count)
        {
            _card.Write(this, buffer, offset, count);
        }

        public void WriteAt(long position, byte[] buffer, int offset, int count)
        {
            _card.WriteAt(this, position, buffer, offset, count);
        }

        public void Flush()
        {
            _card.Flush(this);
        }

        public void Dispose()
        {
            if (Disposed)
            {
                return;
            }

            Disposed = true;
            _card.Close(this);
        }
    }
}
