using System;
using System.IO;
using BwcFirmware.Shared.Card;

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
        private readonly string _root;
        private readonly bool _syncToDisk;
        private string _readPath;
        private FileStream _readStream;

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

            return Guard(path, () => new DirectoryCardFile(path, new FileStream(host, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 4096), _syncToDisk));
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

            return Guard(path, () => new DirectoryCardFile(path, new FileStream(host, FileMode.Open, FileAccess.Write, FileShare.Read, 4096), _syncToDisk));
        }

        /// <inheritdoc />
        public int Read(string path, long position, byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            ArgumentOutOfRangeException.ThrowIfNegative(position);

            // Reading a chunk back to hash it comes as many small reads of one path: one handle serves them
            // all, and the path is mapped once, so the read-back allocates nothing per call.
            try
            {
                FileStream stream = _readPath == path ? _readStream : OpenRead(path);
                if (position >= stream.Length)
                {
                    return 0;
                }

                stream.Position = position;
                return stream.ReadAtLeast(buffer.AsSpan(offset, count), count, throwOnEndOfStream: false);
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                throw new CardException(CardFault.NotFound, path);
            }
            catch (IOException ex)
            {
                throw new CardException(DirectoryCardFile.FaultOf(ex), path);
            }
            catch (UnauthorizedAccessException)
            {
                throw new CardException(CardFault.WriteError, path);
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

        private FileStream OpenRead(string path)
        {
            string host = CardPath.ToHost(_root, path);
            ForgetReadStream();
            _readStream = new FileStream(host, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
            _readPath = path;
            return _readStream;
        }

        private void ForgetReadStream()
        {
            _readStream?.Dispose();
            _readStream = null;
            _readPath = null;
        }

        private static string[] Names(string[] hostPaths)
        {
            var names = new string[hostPaths.Length];
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
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                throw new CardException(CardFault.NotFound, path);
            }
            catch (IOException ex)
            {
                throw new CardException(DirectoryCardFile.FaultOf(ex), path);
            }
            catch (UnauthorizedAccessException)
            {
                throw new CardException(CardFault.WriteError, path);
            }
        }
    }
}
