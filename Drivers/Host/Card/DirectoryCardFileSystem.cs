using System;
using System.Collections.Generic;
using System.IO;
using BwcFirmware.Shared.Card;
using Microsoft.Win32.SafeHandles;

namespace BwcFirmware.Drivers.Host.Card
{
    /// <summary>
    /// The card as a folder on the host. <see cref="ICardFile.Flush"/> pushes the bytes to the host file system
    /// and, when <c>syncToDisk</c> is set, to the disk itself (fsync), as the device's SD driver does on flush.
    /// </summary>
    /// <remarks>
    /// A host crash is not a power cut of the card: to test losses, wrap this in
    /// <see cref="FaultInjectingCardFileSystem"/>, which holds unflushed bytes in memory and really loses them.
    /// </remarks>
    public sealed class DirectoryCardFileSystem : ICardFileSystem, IDisposable
    {
        // What FileStream would gather small writes in; frames go straight through.
        private const int WriteBufferBytes = 4096;

        private readonly string _root;
        private readonly bool _syncToDisk;
        private string _readPath;
        private readonly Stack<byte[]> _spareBuffers = new();
        private SafeFileHandle _readHandle;
        private string _createdPath;
        private string _createdHost;

        /// <summary>Uses <paramref name="root"/> (created when missing) as the card's evidence root.</summary>
        public DirectoryCardFileSystem(string root, bool syncToDisk = true)
        {
            ArgumentException.ThrowIfNullOrEmpty(root);
            _root = Path.GetFullPath(root);
            _syncToDisk = syncToDisk;
            Directory.CreateDirectory(_root);
        }

        /// <summary>The host folder standing in for the card.</summary>
        public string Root => _root;

        /// <inheritdoc />
        public bool FileExists(string path)
        {
            return File.Exists(CardPath.ToHost(_root, path));
        }

        /// <inheritdoc />
        public bool DirectoryExists(string path)
        {
            return Directory.Exists(CardPath.ToHost(_root, path));
        }

        /// <inheritdoc />
        public void CreateDirectory(string path)
        {
            string host = CardPath.ToHost(_root, path);
            Guard(path, () => Directory.CreateDirectory(host));
        }

        /// <inheritdoc />
        public string[] ListFiles(string directory)
        {
            string host = CardPath.ToHost(_root, directory);
            return Guard(directory, () => Names(Directory.GetFiles(host)));
        }

        /// <inheritdoc />
        public string[] ListDirectories(string directory)
        {
            string host = CardPath.ToHost(_root, directory);
            return Guard(directory, () => Names(Directory.GetDirectories(host)));
        }

        /// <inheritdoc />
        public long GetLength(string path)
        {
            string host = CardPath.ToHost(_root, path);
            return Guard(path, () => new FileInfo(host).Length);
        }

        /// <inheritdoc />
        public ICardFile Create(string path)
        {
            ForgetReadStream();
            string host = CardPath.ToHost(_root, path);
            if (File.Exists(host) || Directory.Exists(host))
            {
                throw new CardException(CardFault.AlreadyExists, path);
            }

            // A chunk is read back (hashed) soon after it is written: keep its mapping for that.
            _createdPath = path;
            _createdHost = host;
            return Open(path, host, FileMode.CreateNew);
        }

        /// <inheritdoc />
        public ICardFile OpenAppend(string path)
        {
            ForgetReadStream();
            string host = CardPath.ToHost(_root, path);
            if (!File.Exists(host))
            {
                throw new CardException(CardFault.NotFound, path);
            }

            return Open(path, host, FileMode.Open);
        }

        /// <inheritdoc />
        public int Read(string path, long position, byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            ArgumentOutOfRangeException.ThrowIfNegative(position);

            // Reading a chunk back to hash it comes as many reads of one path: one handle serves them all with
            // positional reads, and the path is mapped once, so the read-back allocates nothing per call. The
            // handle goes when a read finds nothing left: another card instance may replace the file later.
            try
            {
                SafeFileHandle handle = _readPath == path ? _readHandle : OpenRead(path);
                int total = 0;
                while (total < count)
                {
                    int read = RandomAccess.Read(handle, buffer.AsSpan(offset + total, count - total), position + total);
                    if (read == 0)
                    {
                        if (total == 0)
                        {
                            // The reader has reached the end: let the file go.
                            ForgetReadStream();
                        }

                        break;
                    }

                    total += read;
                }

                return total;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw FaultFor(ex, path);
            }
        }

        /// <inheritdoc />
        public void Rename(string fromPath, string toPath)
        {
            ForgetReadStream();
            string from = CardPath.ToHost(_root, fromPath);
            string to = CardPath.ToHost(_root, toPath);
            if (File.Exists(to) || Directory.Exists(to))
            {
                throw new CardException(CardFault.AlreadyExists, toPath);
            }

            Guard(fromPath, () =>
            {
                if (File.Exists(from))
                {
                    File.Move(from, to);
                }
                else if (Directory.Exists(from))
                {
                    Directory.Move(from, to);
                }
                else
                {
                    throw new CardException(CardFault.NotFound, fromPath);
                }
            });
        }

        /// <inheritdoc />
        public void Delete(string path)
        {
            ForgetReadStream();
            string host = CardPath.ToHost(_root, path);
            Guard(path, () =>
            {
                if (File.Exists(host))
                {
                    File.Delete(host);
                }
                else if (Directory.Exists(host))
                {
                    Directory.Delete(host, recursive: false);
                }
                else
                {
                    throw new CardException(CardFault.NotFound, path);
                }
            });
        }

        /// <inheritdoc />
        public long GetFreeBytes()
        {
            return new DriveInfo(_root).AvailableFreeSpace;
        }

        /// <summary>Closes the handle kept for reading.</summary>
        public void Dispose()
        {
            ForgetReadStream();
        }

        private SafeFileHandle OpenRead(string path)
        {
            string host = path == _createdPath ? _createdHost : CardPath.ToHost(_root, path);
            ForgetReadStream();
            _readHandle = File.OpenHandle(host, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            _readPath = path;
            return _readHandle;
        }

        /// <summary>Opens <paramref name="host"/> for writing at its end, mapping host errors to card faults.</summary>
        private DirectoryCardFile Open(string path, string host, FileMode mode)
        {
            SafeFileHandle handle;
            try
            {
                handle = File.OpenHandle(host, mode, FileAccess.Write, FileShare.Read);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw FaultFor(ex, path);
            }

            return new DirectoryCardFile(this, path, handle, _syncToDisk);
        }

        /// <summary>A write buffer for an open file, from the ones files gave back (a few files are open at once).</summary>
        internal byte[] RentWriteBuffer()
        {
            if (_spareBuffers.Count > 0)
            {
                return _spareBuffers.Pop();
            }

            return new byte[WriteBufferBytes];
        }

        /// <summary>Takes back a closed file's buffer.</summary>
        internal void ReturnWriteBuffer(byte[] buffer)
        {
            _spareBuffers.Push(buffer);
        }

        private void ForgetReadStream()
        {
            _readHandle?.Dispose();
            _readHandle = null;
            _readPath = null;
        }

        private static string[] Names(string[] hostPaths)
        {
            string[] names = new string[hostPaths.Length];
            for (int i = 0; i < hostPaths.Length; i++)
            {
                names[i] = Path.GetFileName(hostPaths[i]);
            }

            Array.Sort(names, StringComparer.Ordinal);
            return names;
        }

        private static void Guard(string path, Action action)
        {
            Guard(path, () =>
            {
                action();
                return 0;
            });
        }

        /// <summary>The card fault a host I/O error stands for.</summary>
        private static CardException FaultFor(Exception ex, string path)
        {
            if (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                return new CardException(CardFault.NotFound, path);
            }

            return ex is IOException io ? new CardException(DirectoryCardFile.FaultOf(io), path) : new CardException(CardFault.WriteError, path);
        }

        private static T Guard<T>(string path, Func<T> action)
        {
            try
            {
                return action();
            }
            catch (CardException)
            {
                throw;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw FaultFor(ex, path);
            }
        }
    }
}
