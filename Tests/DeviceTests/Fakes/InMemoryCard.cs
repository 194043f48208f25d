#nullable disable
using System;
using System.Collections;
using BwcFirmware.Drivers.Card;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.DeviceTests.Fakes
{
    /// <summary>
    /// A card held in memory, written without generics or host-only APIs so the same tests run on nanoCLR and on
    /// the host. Every write is durable at once (no power cuts here); free space is the capacity given less the
    /// bytes held, so a small capacity plays a full card.
    /// </summary>
    public sealed class InMemoryCard : ICardFileSystem
    {
        private readonly ArrayList _files = new ArrayList();
        private readonly ArrayList _directories = new ArrayList();
        private readonly long _capacityBytes;

        /// <summary>Creates an empty card of <paramref name="capacityBytes"/>.</summary>
        public InMemoryCard(long capacityBytes)
        {
            _capacityBytes = capacityBytes;
            _directories.Add(string.Empty);
        }

        /// <summary>Bytes held in all files.</summary>
        public long UsedBytes
        {
            get
            {
                long used = 0;
                for (int i = 0; i < _files.Count; i++)
                {
                    used += ((StoredFile)_files[i]).Length;
                }

                return used;
            }
        }

        /// <summary>Puts a file with <paramref name="bytes"/> on the card, creating its folder.</summary>
        public void Put(string path, byte[] bytes)
        {
            int slash = path.LastIndexOf('/');
            if (slash > 0)
            {
                CreateDirectory(path.Substring(0, slash));
            }

            StoredFile file = Find(path);
            if (file == null)
            {
                file = new StoredFile(path);
                _files.Add(file);
            }

            file.Length = 0;
            file.Append(bytes, 0, bytes.Length);
        }

        /// <summary>A copy of the file's bytes.</summary>
        public byte[] Bytes(string path)
        {
            StoredFile file = Existing(path);
            byte[] copy = new byte[(int)file.Length];
            Array.Copy(file.Data, copy, copy.Length);
            return copy;
        }

        /// <summary>Cuts a file to <paramref name="length"/> bytes, as a power cut mid-write leaves it.</summary>
        public void Truncate(string path, long length)
        {
            Existing(path).Length = length;
        }

        /// <summary>Overwrites one byte of a file, as a tamperer would.</summary>
        public void Flip(string path, long position)
        {
            StoredFile file = Existing(path);
            file.Data[(int)position] ^= 0x01;
        }

        /// <inheritdoc />
        public bool FileExists(string path)
        {
            return Find(path) != null;
        }

        /// <inheritdoc />
        public bool DirectoryExists(string path)
        {
            return _directories.Contains(path);
        }

        /// <inheritdoc />
        public void CreateDirectory(string path)
        {
            int slash = path.LastIndexOf('/');
            if (slash > 0)
            {
                CreateDirectory(path.Substring(0, slash));
            }

            if (!_directories.Contains(path))
            {
                _directories.Add(path);
            }
        }

        /// <inheritdoc />
        public string[] ListFiles(string directory)
        {
            ArrayList found = new ArrayList();
            for (int i = 0; i < _files.Count; i++)
            {
                string path = ((StoredFile)_files[i]).Path;
                if (ParentOf(path) == directory)
                {
                    found.Add(path);
                }
            }

            return OrdinalNames.SortedNames((string[])found.ToArray(typeof(string)));
        }

        /// <inheritdoc />
        public string[] ListDirectories(string directory)
        {
            ArrayList found = new ArrayList();
            for (int i = 0; i < _directories.Count; i++)
            {
                string path = (string)_directories[i];
                if (path.Length > 0 && ParentOf(path) == directory)
                {
                    found.Add(path);
                }
            }

            return OrdinalNames.SortedNames((string[])found.ToArray(typeof(string)));
        }

        /// <inheritdoc />
        public long GetLength(string path)
        {
            return Existing(path).Length;
        }

        /// <inheritdoc />
        public ICardFile Create(string path)
        {
            if (Find(path) != null)
            {
                throw new CardException(CardFault.AlreadyExists, path);
            }

            if (!_directories.Contains(ParentOf(path)))
            {
                throw new CardException(CardFault.NotFound, path);
            }

            StoredFile file = new StoredFile(path);
            _files.Add(file);
            return new OpenFile(this, file);
        }

        /// <inheritdoc />
        public ICardFile OpenAppend(string path)
        {
            return new OpenFile(this, Existing(path));
        }

        /// <inheritdoc />
        public int Read(string path, long position, byte[] buffer, int offset, int count)
        {
            StoredFile file = Existing(path);
            long available = file.Length - position;
            if (available <= 0 || count <= 0)
            {
                return 0;
            }

            int read = available < count ? (int)available : count;
            Array.Copy(file.Data, (int)position, buffer, offset, read);
            return read;
        }

        /// <inheritdoc />
        public void Rename(string fromPath, string toPath)
        {
            if (Find(toPath) != null || _directories.Contains(toPath))
            {
                throw new CardException(CardFault.AlreadyExists, toPath);
            }

            StoredFile file = Find(fromPath);
            if (file != null)
            {
                file.Path = toPath;
                return;
            }

            if (!_directories.Contains(fromPath))
            {
                throw new CardException(CardFault.NotFound, fromPath);
            }

            // A folder moves with everything below it.
            string prefix = fromPath + "/";
            for (int i = 0; i < _directories.Count; i++)
            {
                string path = (string)_directories[i];
                if (path == fromPath || path.IndexOf(prefix) == 0)
                {
                    _directories[i] = toPath + path.Substring(fromPath.Length);
                }
            }

            for (int i = 0; i < _files.Count; i++)
            {
                StoredFile moved = (StoredFile)_files[i];
                if (moved.Path.IndexOf(prefix) == 0)
                {
                    moved.Path = toPath + moved.Path.Substring(fromPath.Length);
                }
            }
        }

        /// <inheritdoc />
        public void Delete(string path)
        {
            StoredFile file = Find(path);
            if (file != null)
            {
                _files.Remove(file);
                return;
            }

            if (path.Length == 0 || !_directories.Contains(path))
            {
                throw new CardException(CardFault.NotFound, path);
            }

            if (ListFiles(path).Length > 0 || ListDirectories(path).Length > 0)
            {
                throw new CardException(CardFault.WriteError, path);
            }

            _directories.Remove(path);
        }

        /// <inheritdoc />
        public long GetFreeBytes()
        {
            long free = _capacityBytes - UsedBytes;
            return free < 0 ? 0 : free;
        }

        private StoredFile Find(string path)
        {
            for (int i = 0; i < _files.Count; i++)
            {
                StoredFile file = (StoredFile)_files[i];
                if (file.Path == path)
                {
                    return file;
                }
            }

            return null;
        }

        private StoredFile Existing(string path)
        {
            StoredFile file = Find(path);
            if (file == null)
            {
                throw new CardException(CardFault.NotFound, path);
            }

            return file;
        }

        private void EnsureRoom(long bytes, string path)
        {
            if (bytes > GetFreeBytes())
            {
                throw new CardException(CardFault.Full, path);
            }
        }

        private static string ParentOf(string path)
        {
            int slash = path.LastIndexOf('/');
            return slash < 0 ? string.Empty : path.Substring(0, slash);
        }

        /// <summary>A file's bytes: a buffer that doubles as it grows, so appends stay cheap on the interpreter.</summary>
        private sealed class StoredFile
        {
            public StoredFile(string path)
            {
                Path = path;
                Data = new byte[256];
            }

            public string Path { get; set; }

            public byte[] Data { get; private set; }

            public long Length { get; set; }

            public void Append(byte[] buffer, int offset, int count)
            {
                int needed = (int)Length + count;
                if (needed > Data.Length)
                {
                    int size = Data.Length * 2;
                    while (size < needed)
                    {
                        size *= 2;
                    }

                    byte[] grown = new byte[size];
                    Array.Copy(Data, grown, (int)Length);
                    Data = grown;
                }

                Array.Copy(buffer, offset, Data, (int)Length, count);
                Length = needed;
            }
        }

        private sealed class OpenFile : ICardFile
        {
            private readonly InMemoryCard _card;
            private readonly StoredFile _file;

            public OpenFile(InMemoryCard card, StoredFile file)
            {
                _card = card;
                _file = file;
            }

            public long Length
            {
                get { return _file.Length; }
            }

            public void Write(byte[] buffer, int offset, int count)
            {
                _card.EnsureRoom(count, _file.Path);
                _file.Append(buffer, offset, count);
            }

            public void WriteAt(long position, byte[] buffer, int offset, int count)
            {
                if (position < 0 || position + count > _file.Length)
                {
                    throw new CardException(CardFault.WriteError, _file.Path);
                }

                Array.Copy(buffer, offset, _file.Data, (int)position, count);
            }

            public void Flush()
            {
            }

            public void Dispose()
            {
            }
        }
    }
}
