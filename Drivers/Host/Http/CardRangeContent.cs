using System;
using System.Buffers;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Drivers.Host.Http
{
    /// <summary>
    /// An HTTP body streamed from a byte range of a card file, one buffer at a time: the file is never held
    /// in memory, like the device which cannot.
    /// </summary>
    internal sealed class CardRangeContent : HttpContent
    {
        // A card read goes to the network in writes of this size, each counted once done: a cut loses at most
        // one uncounted write, so the count of bytes sent before a cut is that close.
        private const int CountedWriteBytes = 16 * 1024;

        private readonly ICardFileSystem _card;
        private readonly string _path;
        private readonly long _offset;
        private readonly long _length;
        private readonly int _bufferBytes;
        private readonly Action<int> _written;

        public CardRangeContent(ICardFileSystem card, string path, long offset, long length, int bufferBytes, Action<int> written)
        {
            _written = written;
            _card = card;
            _path = path;
            _offset = offset;
            _length = length;
            _bufferBytes = bufferBytes;
        }

        /// <summary>Set when the card, not the network, failed.</summary>
        public bool CardFailed { get; private set; }

        protected override void SerializeToStream(Stream stream, TransportContext context, CancellationToken cancellationToken)
        {
            byte[] buffer = RentBuffer();
            try
            {
                long sent = 0;
                while (sent < _length)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    int count = ReadCard(buffer, sent);
                    for (int at = 0; at < count; at += CountedWriteBytes)
                    {
                        int slice = Math.Min(CountedWriteBytes, count - at);
                        stream.Write(buffer, at, slice);
                        _written(slice);
                    }

                    sent += count;
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext context, CancellationToken cancellationToken)
        {
            byte[] buffer = RentBuffer();
            try
            {
                long sent = 0;
                while (sent < _length)
                {
                    int count = ReadCard(buffer, sent);
                    for (int at = 0; at < count; at += CountedWriteBytes)
                    {
                        int slice = Math.Min(CountedWriteBytes, count - at);
                        await stream.WriteAsync(buffer.AsMemory(at, slice), cancellationToken).ConfigureAwait(false);
                        _written(slice);
                    }

                    sent += count;
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
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

        /// <summary>A pooled buffer: a PATCH piece is read in a few large reads, and nothing large is allocated per request.</summary>
        private byte[] RentBuffer()
        {
            return ArrayPool<byte>.Shared.Rent((int)Math.Min(_bufferBytes, Math.Max(1, _length)));
        }

        private int ReadCard(byte[] buffer, long sent)
        {
            int want = (int)Math.Min(Math.Min(buffer.Length, _bufferBytes), _length - sent);
            int count;
            try
            {
                count = _card.Read(_path, _offset + sent, buffer, 0, want);
            }
            catch (CardException)
            {
                CardFailed = true;
                throw;
            }

            if (count <= 0)
            {
                // The file is shorter than the range the request announced: the Content-Length would lie.
                CardFailed = true;
                throw new CardException(CardFault.NotFound, _path);
            }

            return count;
        }
    }
}
