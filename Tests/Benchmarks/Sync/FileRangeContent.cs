using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace BwcFirmware.Benchmarks.Sync
{
    /// <summary>A byte range of an open file as a streamed request body (64 KiB at a time, like the card transport).</summary>
    internal sealed class FileRangeContent : HttpContent
    {
        private const int BufferBytes = 64 * 1024;
        private readonly FileStream _file;
        private readonly long _offset;
        private readonly long _length;

        public FileRangeContent(FileStream file, long offset, long length)
        {
            _file = file;
            _offset = offset;
            _length = length;
        }

        protected override void SerializeToStream(Stream stream, TransportContext context, CancellationToken cancellationToken)
        {
            byte[] buffer = new byte[BufferBytes];
            _file.Seek(_offset, SeekOrigin.Begin);
            for (long sent = 0; sent < _length;)
            {
                int count = _file.Read(buffer, 0, (int)Math.Min(buffer.Length, _length - sent));
                if (count <= 0)
                {
                    throw new EndOfStreamException();
                }

                stream.Write(buffer, 0, count);
                sent += count;
            }
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext context, CancellationToken cancellationToken)
        {
            byte[] buffer = new byte[BufferBytes];
            _file.Seek(_offset, SeekOrigin.Begin);
            for (long sent = 0; sent < _length;)
            {
                int count = await _file.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, _length - sent)), cancellationToken).ConfigureAwait(false);
                if (count <= 0)
                {
                    throw new EndOfStreamException();
                }

                await stream.WriteAsync(buffer.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
                sent += count;
            }
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext context)
        {
            return SerializeToStreamAsync(stream, context, CancellationToken.None);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _length;
            return true;
        }
    }
}
