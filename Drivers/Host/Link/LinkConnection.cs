using System;
using System.Buffers;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace BwcFirmware.Drivers.Host.Link
{
    /// <summary>
    /// One camera connection over a <see cref="ShapedLink"/>: in each direction a reader takes bytes off the
    /// sender while the link's queue has room and schedules them on the lane; a writer hands each block to the
    /// receiver at its arrival time. A close is passed on as a close once every byte before it arrived; a
    /// reset or a cut resets both sides.
    /// </summary>
    internal sealed class LinkConnection
    {
        private readonly ShapedLink _link;
        private readonly Socket _camera;
        private readonly Socket _station;
        private readonly CancellationTokenSource _abort = new CancellationTokenSource();
        private int _aborted;

        public LinkConnection(ShapedLink link, Socket camera, Socket station)
        {
            _link = link;
            _camera = camera;
            _station = station;
        }

        public async Task Run()
        {
            Task up = Pump(_camera, _station, _link.Upstream, upstream: true);
            Task down = Pump(_station, _camera, _link.Downstream, upstream: false);
            await Task.WhenAll(up, down).ConfigureAwait(false);
        }

        /// <summary>Resets both sides at once (an abortive close, like a dropped link).</summary>
        public void Abort()
        {
            if (Interlocked.Exchange(ref _aborted, 1) != 0)
            {
                return;
            }

            _abort.Cancel();
            foreach (Socket socket in new[] { _camera, _station })
            {
                try
                {
                    socket.LingerState = new LingerOption(true, 0);
                    socket.Close(0);
                }
                catch (Exception e) when (e is SocketException || e is ObjectDisposedException)
                {
                }
            }
        }

        private async Task Pump(Socket from, Socket to, LinkLane lane, bool upstream)
        {
            LinkShape shape = _link.Shape;
            // About 4 ms of the link per block, so the schedule is fine-grained without a timer per packet.
            int blockBytes = (int)Math.Clamp(shape.BytesPerSecond * 0.004, 4096, 64 * 1024);
            Channel<Block> blocks = Channel.CreateUnbounded<Block>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
            Task delivery = Deliver(blocks.Reader, to, upstream);
            CancellationToken cancel = _abort.Token;
            try
            {
                while (true)
                {
                    long queued = lane.QueuedBytes(ShapedLink.NowUs());
                    if (queued > shape.QueueBytes)
                    {
                        // The link's buffer is full: stop reading, so the sender's own buffers fill and it waits.
                        await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(1, (queued - shape.QueueBytes) * 1000 / shape.BytesPerSecond)), cancel).ConfigureAwait(false);
                        continue;
                    }

                    byte[] buffer = ArrayPool<byte>.Shared.Rent(blockBytes);
                    int read = await from.ReceiveAsync(buffer.AsMemory(0, blockBytes), SocketFlags.None, cancel).ConfigureAwait(false);
                    if (read <= 0)
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                        break;
                    }

                    bool cut = false;
                    if (upstream)
                    {
                        read = _link.ReadFromCamera(read, out cut);
                    }

                    if (read > 0)
                    {
                        long due = lane.Admit(ShapedLink.NowUs(), read, out _);
                        blocks.Writer.TryWrite(new Block(buffer, read, due));
                    }

                    if (cut)
                    {
                        Abort();
                        break;
                    }
                }
            }
            catch (Exception e) when (e is OperationCanceledException || e is SocketException || e is ObjectDisposedException)
            {
                Abort();
            }

            blocks.Writer.TryComplete();
            await delivery.ConfigureAwait(false);
        }

        private async Task Deliver(ChannelReader<Block> blocks, Socket to, bool upstream)
        {
            CancellationToken cancel = _abort.Token;
            try
            {
                await foreach (Block block in blocks.ReadAllAsync(cancel).ConfigureAwait(false))
                {
                    try
                    {
                        long wait = block.DueUs - ShapedLink.NowUs();
                        if (wait >= 1000)
                        {
                            await Task.Delay(TimeSpan.FromMilliseconds(wait / 1000), cancel).ConfigureAwait(false);
                        }

                        for (int sent = 0; sent < block.Length;)
                        {
                            sent += await to.SendAsync(block.Buffer.AsMemory(sent, block.Length - sent), SocketFlags.None, cancel).ConfigureAwait(false);
                        }

                        _link.Delivered(upstream, block.Length);
                    }
                    finally
                    {
                        ArrayPool<byte>.Shared.Return(block.Buffer);
                    }
                }

                // Every byte before the sender's close has arrived: pass the close on.
                to.Shutdown(SocketShutdown.Send);
            }
            catch (Exception e) when (e is OperationCanceledException || e is SocketException || e is ObjectDisposedException)
            {
                Abort();
            }
        }

        private readonly struct Block
        {
            public Block(byte[] buffer, int length, long dueUs)
            {
                Buffer = buffer;
                Length = length;
                DueUs = dueUs;
            }

            public byte[] Buffer { get; }

            public int Length { get; }

            public long DueUs { get; }
        }
    }
}
