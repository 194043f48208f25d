using System;
using System.IO;
using BwcFirmware.Shared.Card;
using Microsoft.Win32.SafeHandles;

namespace BwcFirmware.Drivers.Host.Card
{
    /// <summary>
    /// An open file of <see cref="DirectoryCardFileSystem"/>: a file handle written with positional writes,
    /// small writes gathered in a buffer lent by the card (as FileStream would, but without allocating a
    /// stream and a buffer per file: a chunk is opened every few seconds for hours).
    /// </summary>
    internal sealed class DirectoryCardFile : ICardFile
    {
        // ENOSPC on Linux, ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows.
        private const int LinuxNoSpace = 28;
        private const int WindowsDiskFull = 0x70;
        private const int WindowsHandleDiskFull = 0x27;

        private readonly DirectoryCardFileSystem _card;
        private readonly string _path;
        private readonly SafeFileHandle _handle;
        private readonly bool _syncToDisk;
        private byte[] _buffer;
        private int _buffered;
        private long _written;

        public DirectoryCardFile(DirectoryCardFileSystem card, string path, SafeFileHandle handle, bool syncToDisk)
        {
            _card = card;
            _path = path;
            _handle = handle;
            _syncToDisk = syncToDisk;
            try
            {
                _written = RandomAccess.GetLength(handle);
            }
            catch (IOException ex)
            {
                throw new CardException(FaultOf(ex), path);
            }

            _buffer = card.RentWriteBuffer();
        }

        public long Length => _written + _buffered;

        public void Write(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            CheckOpen();

            // FileStream's pattern, so the card sees the same writes: top the buffer up, write it when full,
            // send a rest at least a buffer long straight through, gather a shorter rest.
            int space = _buffer.Length - _buffered;
            if (_buffered > 0)
            {
                int take = count < space ? count : space;
                Buffer.BlockCopy(buffer, offset, _buffer, _buffered, take);
                _buffered += take;
                offset += take;
                count -= take;
                if (count == 0)
                {
                    return;
                }

                WriteBuffered();
            }

            if (count >= _buffer.Length)
            {
                WriteThrough(buffer.AsSpan(offset, count), _written);
                _written += count;
                return;
            }

            Buffer.BlockCopy(buffer, offset, _buffer, 0, count);
            _buffered = count;
        }

        public void WriteAt(long position, byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            ArgumentOutOfRangeException.ThrowIfNegative(position);
            if (position > Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(position));
            }

            CheckOpen();
            WriteBuffered();
            WriteThrough(buffer.AsSpan(offset, count), position);
        }

        public void Flush()
        {
            CheckOpen();
            WriteBuffered();
            if (!_syncToDisk)
            {
                return;
            }

            try
            {
                RandomAccess.FlushToDisk(_handle);
            }
            catch (IOException ex)
            {
                throw new CardException(FaultOf(ex), _path);
            }
        }

        /// <summary>Writes what is gathered (as FileStream does on dispose), closes the handle, gives the buffer back.</summary>
        public void Dispose()
        {
            if (_buffer == null)
            {
                return;
            }

            try
            {
                WriteBuffered();
            }
            finally
            {
                _handle.Dispose();
                _card.ReturnWriteBuffer(_buffer);
                _buffer = null;
            }
        }

        internal static CardFault FaultOf(IOException ex)
        {
            int code = ex.HResult & 0xFFFF;
            return code == LinuxNoSpace || code == WindowsDiskFull || code == WindowsHandleDiskFull ? CardFault.Full : CardFault.WriteError;
        }

        private void WriteBuffered()
        {
            if (_buffered == 0)
            {
                return;
            }

            WriteThrough(_buffer.AsSpan(0, _buffered), _written);
            _written += _buffered;
            _buffered = 0;
        }

        private void WriteThrough(ReadOnlySpan<byte> bytes, long position)
        {
            try
            {
                RandomAccess.Write(_handle, bytes, position);
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

        private void CheckOpen()
        {
            if (_buffer == null)
            {
                throw new CardException(CardFault.Removed, _path);
            }
        }
    }
}
