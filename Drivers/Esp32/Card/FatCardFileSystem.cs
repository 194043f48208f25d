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
    /// fall back to copy-and-delete only across volumes, never the case here. Delete is f_unlink. Free space
    /// comes from <see cref="CardSpaceLedger"/>: writes that would not fit throw <see cref="CardFault.Full"/>
    /// before touching the card.
    /// </remarks>
    public sealed class FatCardFileSystem : ICardFileSystem
    {
        private readonly string _root;
        private readonly CardSpaceLedger _ledger;

        /// <summary>
        /// Opens the file system under <paramref name="root"/> ("D:\") and counts what it already holds;
        /// <paramref name="clusterBytes"/> is the card's allocation unit (32 KiB on SDHC/SDXC cards formatted
        /// with the SD Association's formatter).
        /// </summary>
        public FatCardFileSystem(string root, long clusterBytes, long reserveBytes)
        {
            _root = root;
            long total = new DriveInfo(root.Substring(0, 2)).TotalSize;
            _ledger = new CardSpaceLedger(total, clusterBytes, reserveBytes);
            CountExisting(root);
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
                return new FatCardFile(new FileStream(full, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read), _ledger, path);
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
                return new FatCardFile(new FileStream(Full(path), FileMode.Open, FileAccess.ReadWrite, FileShare.Read), _ledger, path);
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

                long length = new FileInfo(full).Length;
                File.Delete(full);
                _ledger.Freed(length);
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
            return _ledger.FreeBytes;
        }

        private string Full(string path)
        {
            return CardPath.ToDevice(_root, path);
        }

        private void CountExisting(string directory)
        {
            string[] files = Directory.GetFiles(directory);
            for (int i = 0; i < files.Length; i++)
            {
                _ledger.Grew(0, new FileInfo(files[i]).Length);
            }

            string[] directories = Directory.GetDirectories(directory);
            for (int i = 0; i < directories.Length; i++)
            {
                CountExisting(directories[i]);
            }
        }
    }
}
