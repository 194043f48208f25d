using BwcFirmware.Shared.Card;

namespace BwcFirmware.Shared.Media.Avi
{
    /// <summary>
    /// Writes a run of bytes from a position inside or at the end of an open file: the part that lands on
    /// existing bytes goes through WriteAt, the rest is appended. Repair uses it to lay its index over the cut tail.
    /// </summary>
    internal sealed class AviTailWriter
    {
        private readonly ICardFile _file;
        private long _position;

        public AviTailWriter(ICardFile file, long position)
        {
            _file = file;
            _position = position;
        }

        /// <summary>Where the next byte goes.</summary>
        public long Position
        {
            get { return _position; }
        }

        public void Put(byte[] buffer, int offset, int count)
        {
            long length = _file.Length;
            if (_position < length)
            {
                long room = length - _position;
                int over = room < count ? (int)room : count;
                _file.WriteAt(_position, buffer, offset, over);
                _position += over;
                offset += over;
                count -= over;
            }

            if (count > 0)
            {
                _file.Write(buffer, offset, count);
                _position += count;
            }
        }
    }
}
