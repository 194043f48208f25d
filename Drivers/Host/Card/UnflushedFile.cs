using System;
using System.Collections.Generic;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Drivers.Host.Card
{
    /// <summary>
    /// What a file holds beyond its durable bytes: appended bytes and overwrites of durable bytes that no flush
    /// has carried to the card yet. They live only here, in memory, so a power cut really loses them.
    /// </summary>
    internal sealed class UnflushedFile
    {
        private readonly List<(long Position, byte[] Bytes)> _patches = new();
        private byte[] _appended = new byte[4096];
        private ICardFile _durableFile;

        public UnflushedFile(string path, long durableLength)
        {
            Path = path;
            DurableLength = durableLength;
        }

        public string Path { get; }

        /// <summary>Bytes already on the card.</summary>
        public long DurableLength { get; private set; }

        /// <summary>Bytes appended since the last flush.</summary>
        public int AppendedCount { get; private set; }

        /// <summary>Open handles on this file.</summary>
        public int Handles { get; set; }

        /// <summary>Length as the writer sees it.</summary>
        public long Length => DurableLength + AppendedCount;

        /// <summary>True when nothing waits for a flush.</summary>
        public bool IsClean => AppendedCount == 0 && _patches.Count == 0;

        public void Append(byte[] buffer, int offset, int count)
        {
            if (AppendedCount > _appended.Length - count)
            {
                int size = _appended.Length;
                while (size - AppendedCount < count)
                {
                    size *= 2;
                }

                Array.Resize(ref _appended, size);
            }

            Buffer.BlockCopy(buffer, offset, _appended, AppendedCount, count);
            AppendedCount += count;
        }

        public void Overwrite(long position, byte[] buffer, int offset, int count)
        {
            // The part past the durable end lands in the appended bytes; the rest waits as a patch.
            long durableEnd = DurableLength;
            if (position + count > durableEnd)
            {
                long start = Math.Max(position, durableEnd);
                int skip = (int)(start - position);
                Buffer.BlockCopy(buffer, offset + skip, _appended, (int)(start - durableEnd), count - skip);
                count = skip;
            }

            if (count > 0)
            {
                byte[] copy = new byte[count];
                Buffer.BlockCopy(buffer, offset, copy, 0, count);
                _patches.Add((position, copy));
            }
        }

        /// <summary>Lays the unflushed bytes over <paramref name="buffer"/>, which holds the file from <paramref name="position"/>.</summary>
        public int Overlay(long position, byte[] buffer, int offset, int count, int durableRead)
        {
            foreach ((long at, byte[] bytes) in _patches)
            {
                long from = Math.Max(at, position);
                long to = Math.Min(at + bytes.Length, position + durableRead);
                if (from < to)
                {
                    Buffer.BlockCopy(bytes, (int)(from - at), buffer, offset + (int)(from - position), (int)(to - from));
                }
            }

            long appendFrom = Math.Max(position, DurableLength);
            long appendTo = Math.Min(position + count, Length);
            if (appendFrom >= appendTo)
            {
                return durableRead;
            }

            Buffer.BlockCopy(_appended, (int)(appendFrom - DurableLength), buffer, offset + (int)(appendFrom - position), (int)(appendTo - appendFrom));
            return (int)(appendTo - position);
        }

        /// <summary>Carries everything to the card, through one handle kept open until <see cref="Close"/>.</summary>
        public void Flush(ICardFileSystem durable)
        {
            if (IsClean)
            {
                return;
            }

            _durableFile ??= durable.OpenAppend(Path);
            if (AppendedCount > 0)
            {
                _durableFile.Write(_appended, 0, AppendedCount);
            }

            foreach ((long at, byte[] bytes) in _patches)
            {
                _durableFile.WriteAt(at, bytes, 0, bytes.Length);
            }

            _durableFile.Flush();
            DurableLength += AppendedCount;
            AppendedCount = 0;
            _patches.Clear();
        }

        /// <summary>The cut: the first <paramref name="tornBytes"/> appended bytes reach the card, the rest is lost.</summary>
        public void Tear(ICardFileSystem durable, int tornBytes)
        {
            if (tornBytes > 0)
            {
                _durableFile ??= durable.OpenAppend(Path);
                _durableFile.Write(_appended, 0, tornBytes);
                _durableFile.Flush();
            }

            AppendedCount = 0;
            _patches.Clear();
            Close();
        }

        public void Close()
        {
            _durableFile?.Dispose();
            _durableFile = null;
        }
    }
}
