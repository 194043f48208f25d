using System;
using System.IO;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Drivers.Esp32.Card
{
    /// <summary>
    /// An open card file over nanoFramework's FileStream. <see cref="Flush"/> is FileStream.Flush, which on the
    /// ESP32 ends in FatFs f_sync: data, FAT and directory entry reach the card before it returns, which is
    /// the durability point of the card contract. Each Write already ends in f_sync as well
    /// (nf-interpreter targets/ESP32/_FatFs/fatfs_FS_Driver.cpp:349).
    /// </summary>
    internal sealed class FatCardFile : ICardFile
    {
        private readonly FileStream _stream;
        private readonly string _path;
        private long _length;

        public FatCardFile(FileStream stream, string path)
        {
            _stream = stream;
            _path = path;
            _length = stream.Length;
            _stream.Seek(0, SeekOrigin.End);
        }

        public long Length
        {
            get { return _length; }
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            try
            {
                _stream.Write(buffer, offset, count);
            }
            catch (Exception exception)
            {
                throw CardFaults.From(exception, _path);
            }

            _length += count;
        }

        public void WriteAt(long position, byte[] buffer, int offset, int count)
        {
            if (position < 0 || position + count > _length)
            {
                throw new ArgumentOutOfRangeException();
            }

            try
            {
                _stream.Seek(position, SeekOrigin.Begin);
                _stream.Write(buffer, offset, count);
                _stream.Seek(0, SeekOrigin.End);
            }
            catch (Exception exception)
            {
                throw CardFaults.From(exception, _path);
            }
        }

        public void Flush()
        {
            try
            {
                _stream.Flush();
            }
            catch (Exception exception)
            {
                throw CardFaults.From(exception, _path);
            }
        }

        public void Dispose()
        {
            _stream.Dispose();
        }
    }
}
