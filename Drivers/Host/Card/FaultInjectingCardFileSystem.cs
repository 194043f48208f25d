using System;
using System.Collections.Generic;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Drivers.Host.Card
{
    /// <summary>
    /// A card that can lose power, fill up, be pulled out or fail a write, over a durable card (usually a
    /// <see cref="DirectoryCardFileSystem"/>) that holds exactly what survives.
    /// </summary>
    /// <remarks>
    /// Durability model, the one <see cref="ICardFileSystem"/> promises: written bytes stay in this object's
    /// memory until <see cref="ICardFile.Flush"/> (or closing the file) carries them to the durable card.
    /// Creating a file or directory, <see cref="Rename"/> and <see cref="Delete"/> reach the card when they
    /// return. A power cut drops every unflushed byte, except that the file written last may keep a random
    /// prefix of its unflushed tail (a torn write, as a card's own cache leaves it). After the cut every call
    /// fails with <see cref="CardFault.Removed"/>, like a dead card, until <see cref="PowerOn"/> gives a fresh
    /// view of the durable state; handles opened before the cut stay dead.
    /// </remarks>
    public sealed class FaultInjectingCardFileSystem : ICardFileSystem
    {
        private readonly ICardFileSystem _durable;
        private readonly Random _random;
        private readonly Dictionary<string, UnflushedFile> _open = new(StringComparer.Ordinal);
        private long _cutAfterOperations = -1;
        private long _cutAfterBytes = -1;
        private int _writeErrors;
        private string _writeErrorPathPart;
        private long _usedBytes;
        private UnflushedFile _lastWritten;

        /// <summary>Puts the fault layer over <paramref name="durable"/>; <paramref name="seed"/> drives torn writes.</summary>
        public FaultInjectingCardFileSystem(ICardFileSystem durable, int seed = 1)
        {
            _durable = durable ?? throw new ArgumentNullException(nameof(durable));
            _random = new Random(seed);
            _usedBytes = Measure(string.Empty);
        }

        /// <summary>Card size for <see cref="CardFault.Full"/> and <see cref="GetFreeBytes"/>; negative: the durable card's.</summary>
        public long CapacityBytes { get; set; } = -1;

        /// <summary>When true (the default) a cut may leave a prefix of the last written file's unflushed bytes.</summary>
        public bool TearLastWrite { get; set; } = true;

        /// <summary>False after a cut or removal, until <see cref="PowerOn"/>.</summary>
        public bool IsAlive { get; private set; } = true;

        /// <summary>Operations (every call on the card or on an open file) since power-on.</summary>
        public long Operations { get; private set; }

        /// <summary>Bytes handed to Write and WriteAt since power-on.</summary>
        public long BytesWritten { get; private set; }

        /// <summary>How many times power was cut (or the card removed).</summary>
        public int Cuts { get; private set; }

        /// <summary>Path of the file that kept a torn tail at the last cut, or null.</summary>
        public string LastTornPath { get; private set; }

        /// <summary>Bytes of that torn tail.</summary>
        public int LastTornBytes { get; private set; }

        /// <summary>Bytes in files on the card, unflushed ones included.</summary>
        public long UsedBytes => _usedBytes;

        /// <summary>Power fails during the operation after the next <paramref name="operations"/> ones.</summary>
        public void CutPowerAfterOperations(long operations)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(operations);
            _cutAfterOperations = Operations + operations;
        }

        /// <summary>Power fails once <paramref name="bytes"/> more bytes were written (mid-write, if it falls there).</summary>
        public void CutPowerAfterBytes(long bytes)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(bytes);
            _cutAfterBytes = BytesWritten + bytes;
        }

        /// <summary>Power fails now.</summary>
        public void CutPower()
        {
            if (IsAlive)
            {
                Cut();
            }
        }

        /// <summary>The card is pulled: unflushed bytes are lost (no torn tail) and every call fails until <see cref="PowerOn"/>.</summary>
        public void RemoveCard()
        {
            if (IsAlive)
            {
                bool tear = TearLastWrite;
                TearLastWrite = false;
                Cut();
                TearLastWrite = tear;
            }
        }

        /// <summary>Power returns (or the card is back): a fresh view of what is durable; armed cuts are cleared.</summary>
        public void PowerOn()
        {
            if (IsAlive)
            {
                return;
            }

            IsAlive = true;
            Operations = 0;
            BytesWritten = 0;
            _cutAfterOperations = -1;
            _cutAfterBytes = -1;
            _writeErrors = 0;
            _usedBytes = Measure(string.Empty);
        }

        /// <summary>
        /// The next <paramref name="count"/> writes or flushes to a path containing <paramref name="pathPart"/>
        /// (any path when null) fail with <see cref="CardFault.WriteError"/> and change nothing.
        /// </summary>
        public void FailWrites(int count, string pathPart = null)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            _writeErrors = count;
            _writeErrorPathPart = pathPart;
        }

        /// <inheritdoc />
        public bool FileExists(string path)
        {
            Step(path);
            return _durable.FileExists(path);
        }

        /// <inheritdoc />
        public bool DirectoryExists(string path)
        {
            Step(path);
            return _durable.DirectoryExists(path);
        }

        /// <inheritdoc />
        public void CreateDirectory(string path)
        {
            Step(path);
            _durable.CreateDirectory(path);
        }

        /// <inheritdoc />
        public string[] ListFiles(string directory)
        {
            Step(directory);
            return _durable.ListFiles(directory);
        }

        /// <inheritdoc />
        public string[] ListDirectories(string directory)
        {
            Step(directory);
            return _durable.ListDirectories(directory);
        }

        /// <inheritdoc />
        public long GetLength(string path)
        {
            Step(path);
            return _open.TryGetValue(path, out UnflushedFile file) ? file.Length : _durable.GetLength(path);
        }

        /// <inheritdoc />
        public ICardFile Create(string path)
        {
            Step(path);
            _durable.Create(path).Dispose();
            return Open(path, 0);
        }

        /// <inheritdoc />
        public ICardFile OpenAppend(string path)
        {
            Step(path);
            if (_open.TryGetValue(path, out UnflushedFile file))
            {
                return Open(path, file.DurableLength);
            }

            return Open(path, _durable.GetLength(path));
        }

        /// <inheritdoc />
        public int Read(string path, long position, byte[] buffer, int offset, int count)
        {
            Step(path);
            if (!_open.TryGetValue(path, out UnflushedFile file))
            {
                return _durable.Read(path, position, buffer, offset, count);
            }

            int durableRead = 0;
            if (position < file.DurableLength)
            {
                int want = (int)Math.Min(count, file.DurableLength - position);
                while (durableRead < want)
                {
                    int read = _durable.Read(path, position + durableRead, buffer, offset + durableRead, want - durableRead);
                    if (read <= 0)
                    {
                        break;
                    }

                    durableRead += read;
                }
            }

            return file.Overlay(position, buffer, offset, count, durableRead);
        }

        /// <inheritdoc />
        public void Rename(string fromPath, string toPath)
        {
            Step(fromPath);
            RefuseWhileOpen(fromPath);
            _durable.Rename(fromPath, toPath);
        }

        /// <inheritdoc />
        public void Delete(string path)
        {
            Step(path);
            RefuseWhileOpen(path);
            long length = _durable.FileExists(path) ? _durable.GetLength(path) : 0;
            _durable.Delete(path);
            _usedBytes -= length;
        }

        /// <inheritdoc />
        public long GetFreeBytes()
        {
            Step(string.Empty);
            return CapacityBytes < 0 ? _durable.GetFreeBytes() : Math.Max(0, CapacityBytes - _usedBytes);
        }

        internal void Write(FaultInjectingCardFile handle, byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            UnflushedFile file = StepWrite(handle);
            if (CapacityBytes >= 0 && _usedBytes + count > CapacityBytes)
            {
                throw new CardException(CardFault.Full, file.Path);
            }

            _lastWritten = file;
            int allowed = AllowedBytes(count);
            file.Append(buffer, offset, allowed);
            _usedBytes += allowed;
            BytesWritten += allowed;
            if (allowed < count)
            {
                Cut();
                throw new CardException(CardFault.Removed, file.Path);
            }
        }

        internal void WriteAt(FaultInjectingCardFile handle, long position, byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            UnflushedFile file = StepWrite(handle);
            if (offset < 0 || count < 0 || offset > buffer.Length - count || position < 0 || position > file.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            _lastWritten = file;
            if (AllowedBytes(count) < count)
            {
                // A patch is never durable before its flush, so a cut in its middle loses all of it.
                Cut();
                throw new CardException(CardFault.Removed, file.Path);
            }

            file.Overwrite(position, buffer, offset, count);
            BytesWritten += count;
        }

        internal void Flush(FaultInjectingCardFile handle)
        {
            UnflushedFile file = StepWrite(handle);
            file.Flush(_durable);
        }

        internal long Length(FaultInjectingCardFile handle)
        {
            return handle.Generation == Cuts && IsAlive ? handle.File.Length : 0;
        }

        internal void Close(FaultInjectingCardFile handle)
        {
            if (!IsAlive || handle.Generation != Cuts)
            {
                return;
            }

            // Closing a FileStream flushes it; a failure here surfaces on the next call, as on the device.
            UnflushedFile file = handle.File;
            try
            {
                file.Flush(_durable);
            }
            finally
            {
                file.Handles--;
                if (file.Handles == 0)
                {
                    file.Close();
                    _open.Remove(file.Path);
                }
            }
        }

        private ICardFile Open(string path, long durableLength)
        {
            if (!_open.TryGetValue(path, out UnflushedFile file))
            {
                file = new UnflushedFile(path, durableLength);
                _open.Add(path, file);
            }

            file.Handles++;
            return new FaultInjectingCardFile(this, file, Cuts);
        }

        private void Step(string path)
        {
            if (!IsAlive)
            {
                throw new CardException(CardFault.Removed, path);
            }

            Operations++;
            if (_cutAfterOperations >= 0 && Operations > _cutAfterOperations)
            {
                Cut();
                throw new CardException(CardFault.Removed, path);
            }
        }

        private UnflushedFile StepWrite(FaultInjectingCardFile handle)
        {
            if (handle.Generation != Cuts || handle.Disposed)
            {
                throw new CardException(CardFault.Removed, handle.File.Path);
            }

            Step(handle.File.Path);
            if (_writeErrors > 0 && (_writeErrorPathPart == null || handle.File.Path.Contains(_writeErrorPathPart, StringComparison.Ordinal)))
            {
                _writeErrors--;
                throw new CardException(CardFault.WriteError, handle.File.Path);
            }

            return handle.File;
        }

        private int AllowedBytes(int count)
        {
            if (_cutAfterBytes < 0)
            {
                return count;
            }

            return (int)Math.Max(0, Math.Min(count, _cutAfterBytes - BytesWritten));
        }

        private void Cut()
        {
            IsAlive = false;
            Cuts++;
            LastTornPath = null;
            LastTornBytes = 0;
            foreach (UnflushedFile file in _open.Values)
            {
                int torn = 0;
                if (TearLastWrite && file == _lastWritten && file.AppendedCount > 0)
                {
                    torn = _random.Next(file.AppendedCount + 1);
                    LastTornPath = file.Path;
                    LastTornBytes = torn;
                }

                file.Tear(_durable, torn);
            }

            _open.Clear();
            _lastWritten = null;
        }

        private void RefuseWhileOpen(string path)
        {
            foreach (string open in _open.Keys)
            {
                if (open == path || open.StartsWith(path + "/", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("open: " + open);
                }
            }
        }

        private long Measure(string directory)
        {
            long total = 0;
            foreach (string name in _durable.ListFiles(directory))
            {
                total += _durable.GetLength(CardPath.Join(directory, name));
            }

            foreach (string name in _durable.ListDirectories(directory))
            {
                total += Measure(CardPath.Join(directory, name));
            }

            return total;
        }
    }
}
