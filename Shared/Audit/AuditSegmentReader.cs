using System;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Text;

namespace BwcFirmware.Shared.Audit
{
    /// <summary>
    /// Reads an audit segment line by line through a small buffer, keeping each line's exact bytes (for its
    /// hash) and byte offset (for reports). Bytes after the last line feed are a partial record left by a power
    /// cut: they are not returned as a line but described by <see cref="PartialOffset"/> and
    /// <see cref="PartialLength"/> once <see cref="ReadNext"/> has returned false.
    /// </summary>
    public sealed class AuditSegmentReader
    {
        /// <summary>Lines longer than this are kept only in part and flagged: no writer makes them.</summary>
        public const int MaxLineBytes = 1024;

        private readonly ICardFileSystem _card;
        private readonly string _path;
        private readonly byte[] _block = new byte[512];
        private readonly byte[] _line = new byte[MaxLineBytes];
        private int _blockCount;
        private int _blockIndex;
        private long _position;
        private long _blockStart;

        /// <summary>Reads <paramref name="path"/> on <paramref name="card"/>.</summary>
        public AuditSegmentReader(ICardFileSystem card, string path)
        {
            if (card == null || path == null)
            {
                throw new ArgumentNullException(nameof(card));
            }

            _card = card;
            _path = path;
        }

        /// <summary>The line just read, with its line feed, in <see cref="LineBytes"/>[0..LineLength).</summary>
        public byte[] LineBytes
        {
            get { return _line; }
        }

        /// <summary>Bytes of the line just read that are in <see cref="LineBytes"/>, line feed included.</summary>
        public int LineLength { get; private set; }

        /// <summary>Full length on the card of the line just read (more than LineLength when oversized).</summary>
        public long LineTotalLength { get; private set; }

        /// <summary>True when the line just read was longer than <see cref="MaxLineBytes"/>.</summary>
        public bool LineOversized { get; private set; }

        /// <summary>Byte offset of the line just read within the segment.</summary>
        public long LineOffset { get; private set; }

        /// <summary>After the end: offset of the bytes that follow the last line feed.</summary>
        public long PartialOffset { get; private set; }

        /// <summary>After the end: how many bytes follow the last line feed (0 when the segment ends cleanly).</summary>
        public long PartialLength { get; private set; }

        /// <summary>The line just read as text, without its line feed.</summary>
        public string LineText()
        {
            return AsciiText.Read(_line, 0, LineLength - (LineOversized ? 0 : 1));
        }

        /// <summary>Reads the next complete line; false at the end of the segment.</summary>
        public bool ReadNext()
        {
            LineOffset = _blockStart + _blockIndex;
            LineLength = 0;
            LineTotalLength = 0;
            LineOversized = false;
            while (true)
            {
                if (_blockIndex >= _blockCount)
                {
                    _blockStart = _position;
                    _blockCount = _card.Read(_path, _position, _block, 0, _block.Length);
                    _blockIndex = 0;
                    if (_blockCount <= 0)
                    {
                        _blockCount = 0;
                        PartialOffset = LineOffset;
                        PartialLength = LineTotalLength;
                        return false;
                    }

                    _position += _blockCount;
                }

                byte b = _block[_blockIndex++];
                LineTotalLength++;
                if (LineLength < MaxLineBytes)
                {
                    _line[LineLength++] = b;
                }
                else
                {
                    LineOversized = true;
                }

                if (b == (byte)'\n')
                {
                    return true;
                }
            }
        }
    }
}
