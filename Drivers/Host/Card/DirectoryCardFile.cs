using System;
using System.IO;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Drivers.Host.Card
{
    /// <summary>An open file of <see cref="DirectoryCardFileSystem"/>, a thin layer over one <see cref="FileStream"/>.</summary>
    internal sealed class DirectoryCardFile : ICardFile
    {
        // ENOSPC on Linux, ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows.
        private const int LinuxNoSpace = 28;
        private const int WindowsDiskFull = 0x70;
        private const int WindowsHandleDiskFull = 0x27;

        private readonly string _path;
        private readonly FileStream _stream;
        private readonly bool _syncToDisk;
        private long _length;

        public DirectoryCardFile(string path, FileStream stream, bool syncToDisk)
        {
            _path = path;
            _stream = stream;
            _syncToDisk = syncToDisk;
            _length = stream.Length;
            _stream.Position = _length;
        }

        public long Length => _length;

        public void Write(byte[] buffer, int offset, int count)
        {
            try
            {
                if (_stream.Position != _length)
                {
                    _stream.Position = _length;
                }

                _stream.Write(buffer, offset, count);
                _length += count;
            }
            catch (IOException ex)
            {
                throw new CardException(FaultOf(ex), _path);
            }
            catch (ObjectDisposedException)
            {
                throw new CardException(CardFault.Removed, _path);
            }
        }

        public void WriteAt(long position, byte[] buffer, int offset, int count)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(position);
            if (position > _length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(position));
            }

            try
            {
                _stream.Position = position;
                _stream.Write(buffer, offset, count);
                _stream.Position = _length;
            }
            catch (IOException ex)
            {
                throw new CardException(FaultOf(ex), _path);
            }
            catch (ObjectDisposedException)
            {
                throw new CardException(CardFault.Removed, _path);
            }
        }

        public void Flush()
        {
            try
            {
                _stream.Flush(_syncToDisk);
            }
            catch (IOException ex)
            {
                throw new CardException(FaultOf(ex), _path);
            }
            catch (ObjectDisposedException)
            {
                throw new CardException(CardFault.Removed, _path);
            }
        }

        public void Dispose()
        {
            _stream.Dispose();
        }

        internal static CardFault FaultOf(IOException ex)
        {
            int code = ex.HResult & 0xFFFF;
            return code == LinuxNoSpace || code == WindowsDiskFull || code == WindowsHandleDiskFull ? CardFault.Full : CardFault.WriteError;
        }
    }
}
