using System;
using System.IO;
using BwcFirmware.Drivers.Card;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Drivers.Esp32.Card
{
    /// <summary>
    /// The card contract over nanoFramework's File, Directory and FileStream on the mounted SD card (FatFs).
    /// Paths use '/' and are relative to <see cref="SdCardMount.DriveRoot"/>. Called from the main loop only.
    /// </summary>
    /// <remarks>
    /// Atomicity: Rename is FatFs f_rename (one directory-entry update) through File.Move/Directory.Move, which
    /// fall back to copy-and-delete only across volumes, never the case here. Delete is f_unlink. Space is not
    /// counted here: nanoFramework has no free-space call, so <see cref="GetFreeBytes"/> says unknown and the
    /// agent's one account (CardSpace, from <see cref="SdCardMount.CapacityBytes"/>) refuses what would not fit.
    /// </remarks>
    public sealed class FatCardFileSystem : ICardFileSystem
    {
        private readonly string _root;

        /// <summary>The file system under <paramref name="root"/> ("D:\"); nothing touches the card before the first call.</summary>
        public FatCardFileSystem(string root)
        {
            _root = root;
        }

        /// <inheritdoc />
        public bool FileExists(string path)
        {
            return File.Exists(Full(path));
        }

        /// <inheritdoc />
        public bool DirectoryExists(string path)
        {
            return Directory.Exists(Full(path));
        }

        /// <inheritdoc />
        public void CreateDirectory(string path)
        {
            try
            {
                Directory.CreateDirectory(Full(path));
            }
            catch (Exception exception)
            {
                throw CardFaults.From(exception, path);
            }
        }

        /// <inheritdoc />
        public string[] ListFiles(string directory)
        {
            try
            {
                return OrdinalNames.SortedNames(Directory.GetFiles(Full(directory)));
            }
            catch (Exception exception)
            {
                throw CardFaults.From(exception, directory);
            }
        }

        /// <inheritdoc />
        public string[] ListDirectories(string directory)
        {
            try
            {
                return OrdinalNames.SortedNames(Directory.GetDirectories(Full(directory)));
            }
            catch (Exception exception)
            {
                throw CardFaults.From(exception, directory);
            }
        }

        /// <inheritdoc />
        public long GetLength(string path)
        {
            string full = Full(path);
            if (!File.Exists(full))
            {
                throw new CardException(CardFault.NotFound, path);
            }

            return new FileInfo(full).Length;
        }

        /// <inheritdoc />
        public ICardFile Create(string path)
        {
            string full = Full(path);
            if (File.Exists(full))
            {
                throw new CardException(CardFault.AlreadyExists, path);
            }

            try
            {
                return new FatCardFile(new FileStream(full, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read), path);
            }
            catch (Exception exception)
            {
                throw CardFaults.From(exception, path);
            }
        }

        /// <inheritdoc />
        public ICardFile OpenAppend(string path)
        {
            try
            {
                // Open, not Append: FileMode.Append forbids the seeks WriteAt needs to patch RIFF headers.
                return new FatCardFile(new FileStream(Full(path), FileMode.Open, FileAccess.ReadWrite, FileShare.Read), path);
            }
            catch (Exception exception)
            {
                throw CardFaults.From(exception, path);
            }
        }

        /// <inheritdoc />
        public int Read(string path, long position, byte[] buffer, int offset, int count)
        {
            try
            {
                using (FileStream stream = new FileStream(Full(path), FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
                {
                    if (position >= stream.Length)
                    {
                        return 0;
                    }

                    stream.Seek(position, SeekOrigin.Begin);
                    int total = 0;
                    while (total < count)
                    {
                        int read = stream.Read(buffer, offset + total, count - total);
                        if (read <= 0)
                        {
                            break;
                        }

                        total += read;
                    }

                    return total;
                }
            }
            catch (Exception exception)
            {
                throw CardFaults.From(exception, path);
            }
        }

        /// <inheritdoc />
        public void Rename(string fromPath, string toPath)
        {
            string from = Full(fromPath);
            string to = Full(toPath);
            if (File.Exists(to) || Directory.Exists(to))
            {
                throw new CardException(CardFault.AlreadyExists, toPath);
            }

            try
            {
                if (Directory.Exists(from))
                {
                    Directory.Move(from, to);
                }
                else
                {
                    File.Move(from, to);
                }
            }
            catch (Exception exception)
            {
                throw CardFaults.From(exception, fromPath);
            }
        }

        /// <inheritdoc />
        public void Delete(string path)
        {
            string full = Full(path);
            try
            {
                if (Directory.Exists(full))
                {
                    Directory.Delete(full);
                    return;
                }

                if (!File.Exists(full))
                {
                    throw new CardException(CardFault.NotFound, path);
                }

                File.Delete(full);
            }
            catch (CardException)
            {
                throw;
            }
            catch (Exception exception)
            {
                throw CardFaults.From(exception, path);
            }
        }

        /// <inheritdoc />
        public long GetFreeBytes()
        {
            // Unknown: DriveInfo gives the total size only.
            return -1;
        }

        private string Full(string path)
        {
            return CardPath.ToDevice(_root, path);
        }
    }
}
