using System;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Shared.Media.Manifest
{
    /// <summary>
    /// Reads a manifest line by line through one small buffer (a 4-hour clip's manifest need not fit in RAM).
    /// A complete line ends with '\n'; bytes after the last '\n' are a line torn by a power cut and are
    /// reported in <see cref="TornBytes"/>, never parsed.
    /// </summary>
    public sealed class ClipManifestReader
    {
        private readonly ICardFileSystem _card;
        private readonly string _path;
        private readonly byte[] _buffer = new byte[2 * ManifestFormat.MaxLineBytes];
        private long _filePosition;
        private int _start;
        private int _end;
        private bool _atEnd;

        /// <summary>Reads the manifest at <paramref name="path"/>.</summary>
        public ClipManifestReader(ICardFileSystem card, string path)
        {
            _card = card ?? throw new ArgumentNullException(nameof(card));
            _path = path ?? throw new ArgumentNullException(nameof(path));
        }

        /// <summary>Bytes from the start of the file through the last complete line read.</summary>
        public long CompleteLength { get; private set; }

        /// <summary>Complete lines that did not parse (skipped).</summary>
        public int MalformedLines { get; private set; }

        /// <summary>Bytes after the last complete line, known once <see cref="TryReadNext"/> returned false.</summary>
        public long TornBytes { get; private set; }

        /// <summary>The next parsed line; false at the end (or at a torn last line).</summary>
        public bool TryReadNext(out ManifestEntry entry)
        {
            entry = null;
            while (true)
            {
                int newline = _end > _start ? Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start) : -1;
                if (newline >= 0)
                {
                    long lineOffset = CompleteLength;
                    entry = ManifestEntry.Parse(_buffer, _start, newline - _start, lineOffset);
                    CompleteLength += newline + 1 - _start;
                    _start = newline + 1;
                    if (entry != null)
                    {
                        return true;
                    }

                    MalformedLines++;
                    continue;
                }

                if (_atEnd)
                {
                    TornBytes = _end - _start;
                    return false;
                }

                if (_end - _start >= ManifestFormat.MaxLineBytes)
                {
                    // An over-long run without '\n' is no line of ours: skip it up to the next '\n'.
                    CompleteLength += _end - _start;
                    _start = _end;
                    MalformedLines++;
                }

                Fill();
            }
        }

        private void Fill()
        {
            if (_start > 0)
            {
                Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            int read = _card.Read(_path, _filePosition, _buffer, _end, _buffer.Length - _end);
            if (read <= 0)
            {
                _atEnd = true;
                return;
            }

            _filePosition += read;
            _end += read;
        }
    }
}
