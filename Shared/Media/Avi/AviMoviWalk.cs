using BwcFirmware.Shared.Card;

namespace BwcFirmware.Shared.Media.Avi
{
    /// <summary>
    /// Walks the media chunks of a chunk file on the card, reading only their 8-byte headers, and finds where
    /// the whole chunks end: the first chunk that is partial, unknown or bigger than the header allows ends the
    /// media. Reads through a scratch part of the caller's buffer; allocates nothing while walking.
    /// </summary>
    internal sealed class AviMoviWalk
    {
        private readonly ICardFileSystem _card;
        private readonly string _path;
        private readonly byte[] _buffer;
        private readonly int _scratch;
        private readonly AviHeaderLayout _layout;
        private readonly long _length;
        private readonly uint _videoId;
        private readonly uint _videoUncompressedId;
        private readonly uint _audioId;

        public AviMoviWalk(ICardFileSystem card, string path, byte[] buffer, int scratch, AviHeaderLayout layout, long length)
        {
            _card = card;
            _path = path;
            _buffer = buffer;
            _scratch = scratch;
            _layout = layout;
            _length = length;
            _videoId = ChunkId(layout.VideoStream, 'd', 'c');
            _videoUncompressedId = ChunkId(layout.VideoStream, 'd', 'b');
            _audioId = layout.AudioStream >= 0 ? ChunkId(layout.AudioStream, 'w', 'b') : 0;
            Idx1Position = -1;
        }

        /// <summary>End of the last whole media chunk, pad byte included (one past the file end when only the pad is missing).</summary>
        public long MediaEnd;

        /// <summary>Position of the idx1 chunk that ended the walk, or -1.</summary>
        public long Idx1Position;

        /// <summary>Declared size of that idx1 chunk.</summary>
        public long Idx1Size;

        public int IndexEntries;
        public int TimelineFrames;
        public int VideoFrames;
        public int AudioChunks;
        public long AudioBytes;

        /// <summary>First pass: counts the whole media chunks and finds <see cref="MediaEnd"/>.</summary>
        public void Scan()
        {
            long position = _layout.HeaderBytes;
            MediaEnd = position;
            while (true)
            {
                uint id;
                uint size;
                if (!TryReadChunkHeader(position, out id, out size))
                {
                    return;
                }

                if (id == AviConstants.Idx1)
                {
                    Idx1Position = position;
                    Idx1Size = size;
                    return;
                }

                long dataEnd = position + AviConstants.ChunkHeaderBytes + size;
                if (dataEnd > _length)
                {
                    return;
                }

                long next = dataEnd + (size & 1);
                if (id == AviConstants.Junk)
                {
                    position = next;
                    continue;
                }

                if (!IsMedia(id, size))
                {
                    return;
                }

                Count(id, size);
                MediaEnd = next;
                position = next;
            }
        }

        /// <summary>Second pass: writes an idx1 entry per media chunk up to <see cref="MediaEnd"/>, in batches.</summary>
        public void EmitIndex(AviTailWriter output)
        {
            int batchStart = _scratch + AviConstants.ChunkHeaderBytes;
            int batchCapacity = (_buffer.Length - batchStart) / AviConstants.IndexEntryBytes;
            int batched = 0;
            long position = _layout.HeaderBytes;
            while (position < MediaEnd)
            {
                uint id;
                uint size;
                if (!TryReadChunkHeader(position, out id, out size))
                {
                    throw new CardException(CardFault.WriteError, _path);
                }

                long next = position + AviConstants.ChunkHeaderBytes + size + (size & 1);
                if (id != AviConstants.Junk)
                {
                    int at = batchStart + (batched * AviConstants.IndexEntryBytes);
                    bool keyFrame = id == _audioId || size > 0;
                    LittleEndian.PutUInt32(_buffer, at, id);
                    LittleEndian.PutUInt32(_buffer, at + 4, keyFrame ? AviConstants.AviifKeyFrame : 0);
                    LittleEndian.PutUInt32(_buffer, at + 8, (uint)(position - _layout.MoviFourccPosition));
                    LittleEndian.PutUInt32(_buffer, at + 12, size);
                    batched++;
                    if (batched == batchCapacity)
                    {
                        output.Put(_buffer, batchStart, batched * AviConstants.IndexEntryBytes);
                        batched = 0;
                    }
                }

                position = next;
            }

            if (batched > 0)
            {
                output.Put(_buffer, batchStart, batched * AviConstants.IndexEntryBytes);
            }
        }

        /// <summary>
        /// True when the idx1 found by <see cref="Scan"/> (already known to hold one entry per media chunk) lists
        /// exactly the entries <see cref="EmitIndex"/> would write: same ids, flags, offsets and sizes.
        /// </summary>
        public bool IndexMatches()
        {
            int batchStart = _scratch + AviConstants.ChunkHeaderBytes;
            int batchCapacity = (_buffer.Length - batchStart) / AviConstants.IndexEntryBytes;
            int remaining = IndexEntries;
            int have = 0;
            int used = 0;
            long indexRead = Idx1Position + AviConstants.ChunkHeaderBytes;
            long position = _layout.HeaderBytes;
            while (position < MediaEnd)
            {
                uint id;
                uint size;
                if (!TryReadChunkHeader(position, out id, out size))
                {
                    return false;
                }

                long next = position + AviConstants.ChunkHeaderBytes + size + (size & 1);
                if (id != AviConstants.Junk)
                {
                    if (used == have)
                    {
                        have = remaining < batchCapacity ? remaining : batchCapacity;
                        int bytes = have * AviConstants.IndexEntryBytes;
                        if (have == 0 || CardReads.ReadFully(_card, _path, indexRead, _buffer, batchStart, bytes) != bytes)
                        {
                            return false;
                        }

                        indexRead += bytes;
                        remaining -= have;
                        used = 0;
                    }

                    int at = batchStart + (used * AviConstants.IndexEntryBytes);
                    bool keyFrame = id == _audioId || size > 0;
                    if (LittleEndian.GetUInt32(_buffer, at) != id
                        || LittleEndian.GetUInt32(_buffer, at + 4) != (keyFrame ? AviConstants.AviifKeyFrame : 0)
                        || LittleEndian.GetUInt32(_buffer, at + 8) != (uint)(position - _layout.MoviFourccPosition)
                        || LittleEndian.GetUInt32(_buffer, at + 12) != size)
                    {
                        return false;
                    }

                    used++;
                }

                position = next;
            }

            return true;
        }

        private bool IsMedia(uint id, uint size)
        {
            if (id == _videoId || id == _videoUncompressedId)
            {
                return _layout.MaxVideoChunkBytes <= 0 || size <= (uint)_layout.MaxVideoChunkBytes;
            }

            if (_audioId != 0 && id == _audioId)
            {
                return size > 0 && size % (uint)_layout.AudioBlockAlign == 0
                    && (_layout.MaxAudioChunkBytes <= 0 || size <= (uint)_layout.MaxAudioChunkBytes);
            }

            return false;
        }

        private void Count(uint id, uint size)
        {
            IndexEntries++;
            if (id == _audioId)
            {
                AudioChunks++;
                AudioBytes += size;
                return;
            }

            TimelineFrames++;
            if (size > 0)
            {
                VideoFrames++;
            }
        }

        private bool TryReadChunkHeader(long position, out uint id, out uint size)
        {
            id = 0;
            size = 0;
            if (position + AviConstants.ChunkHeaderBytes > _length)
            {
                return false;
            }

            if (CardReads.ReadFully(_card, _path, position, _buffer, _scratch, AviConstants.ChunkHeaderBytes) != AviConstants.ChunkHeaderBytes)
            {
                return false;
            }

            id = LittleEndian.GetUInt32(_buffer, _scratch);
            size = LittleEndian.GetUInt32(_buffer, _scratch + 4);
            return size <= AviConstants.MaxChunkDataBytes;
        }

        private static uint ChunkId(int stream, char a, char b)
        {
            return (uint)('0' + (stream / 10)) | ((uint)('0' + (stream % 10)) << 8) | ((uint)a << 16) | ((uint)b << 24);
        }
    }
}
