using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace BwcFirmware.Drivers.Host.Link
{
    /// <summary>
    /// A camera's link to the station as a TCP proxy on 127.0.0.1: whatever connects to <see cref="Port"/> is
    /// relayed to the station's port with each direction paced by a <see cref="LinkLane"/> (rate, half the round
    /// trip, loss). Every connection over one link shares its lanes, like the requests of one camera on one
    /// Wi-Fi link. Needs no root and shapes the station's answers as honestly as the uploads. It can drop the
    /// link (every connection reset) now or after a number of upstream bytes, as a Wi-Fi drop would.
    /// </summary>
    public sealed class ShapedLink : IDisposable
    {
        // The kernel buffers on the link's side of each socket: small, so bytes wait in the modelled queue
        // (whose size the shape gives), not in loopback buffers the model cannot see.
        private const int SocketBufferBytes = 16 * 1024;

        private readonly int _targetPort;
        private readonly Socket _listener;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly ConcurrentDictionary<LinkConnection, bool> _open = new ConcurrentDictionary<LinkConnection, bool>();
        private long _upstreamBytes;
        private long _downstreamBytes;
        private long _cutAt = -1;
        private int _cuts;
        private int _connections;

        /// <summary>Starts relaying a free loopback port to <paramref name="targetPort"/> through <paramref name="shape"/>.</summary>
        public ShapedLink(int targetPort, LinkShape shape, int seed = 1)
        {
            Shape = shape ?? throw new ArgumentNullException(nameof(shape));
            _targetPort = targetPort;
            Upstream = new LinkLane(shape, seed);
            Downstream = new LinkLane(shape, seed ^ 0x5bd1e995);
            _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            _listener.ReceiveBufferSize = SocketBufferBytes;
            _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            _listener.Listen(64);
            _ = AcceptLoop();
        }

        /// <summary>The shape of both directions.</summary>
        public LinkShape Shape { get; }

        /// <summary>Device to station.</summary>
        public LinkLane Upstream { get; }

        /// <summary>Station to device.</summary>
        public LinkLane Downstream { get; }

        /// <summary>The loopback port the camera connects to.</summary>
        public int Port => ((IPEndPoint)_listener.LocalEndPoint).Port;

        /// <summary>Bytes delivered to the station (headers included).</summary>
        public long UpstreamBytes => Interlocked.Read(ref _upstreamBytes);

        /// <summary>Bytes delivered to the camera.</summary>
        public long DownstreamBytes => Interlocked.Read(ref _downstreamBytes);

        /// <summary>Connections accepted so far.</summary>
        public int Connections => Volatile.Read(ref _connections);

        /// <summary>Times the link was dropped.</summary>
        public int Cuts => Volatile.Read(ref _cuts);

        /// <summary>"http://127.0.0.1:PORT/files/" for <paramref name="stationUrl"/>: the same path, through this link.</summary>
        public string Through(string stationUrl)
        {
            var builder = new UriBuilder(stationUrl) { Host = "127.0.0.1", Port = Port };
            return builder.Uri.ToString();
        }

        /// <summary>Drops the link once <paramref name="bytes"/> more bytes have been read from the camera.</summary>
        public void CutAfter(long bytes)
        {
            Interlocked.Exchange(ref _cutAt, UpstreamRead + bytes);
        }

        /// <summary>Drops every connection now (reset, as a lost link): what is queued on the link is lost.</summary>
        public void CutAll()
        {
            Interlocked.Increment(ref _cuts);
            foreach (LinkConnection connection in _open.Keys)
            {
                connection.Abort();
            }
        }

        /// <summary>Stops accepting and resets every connection.</summary>
        public void Dispose()
        {
            _stop.Cancel();
            _listener.Dispose();
            foreach (LinkConnection connection in _open.Keys)
            {
                connection.Abort();
            }
        }

        internal long UpstreamRead { get; private set; }

        internal static long NowUs() => (long)(Stopwatch.GetTimestamp() * (1e6 / Stopwatch.Frequency));

        internal void Delivered(bool upstream, int bytes)
        {
            Interlocked.Add(ref upstream ? ref _upstreamBytes : ref _downstreamBytes, bytes);
        }

        /// <summary>Counts <paramref name="read"/> camera bytes; returns how many may pass before a cut is due (or <paramref name="read"/>).</summary>
        internal int ReadFromCamera(int read, out bool cut)
        {
            lock (_stop)
            {
                long limit = Interlocked.Read(ref _cutAt);
                cut = limit >= 0 && UpstreamRead + read >= limit;
                int pass = cut ? (int)Math.Max(0, limit - UpstreamRead) : read;
                UpstreamRead += pass;
                if (cut)
                {
                    Interlocked.Exchange(ref _cutAt, -1);
                    Interlocked.Increment(ref _cuts);
                }

                return pass;
            }
        }

        private async Task AcceptLoop()
        {
            while (!_stop.IsCancellationRequested)
            {
                Socket camera;
                try
                {
                    camera = await _listener.AcceptAsync(_stop.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is OperationCanceledException || e is SocketException || e is ObjectDisposedException)
                {
                    return;
                }

                Interlocked.Increment(ref _connections);
                _ = Relay(camera);
            }
        }

        private async Task Relay(Socket camera)
        {
            var station = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { SendBufferSize = SocketBufferBytes, NoDelay = true };
            camera.NoDelay = true;
            var connection = new LinkConnection(this, camera, station);
            _open.TryAdd(connection, true);
            try
            {
                await station.ConnectAsync(new IPEndPoint(IPAddress.Loopback, _targetPort), _stop.Token).ConfigureAwait(false);
                await connection.Run().ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException || e is SocketException || e is ObjectDisposedException)
            {
                // The station is not there (restarting) or the link is closing: the camera sees a reset.
            }
            finally
            {
                connection.Abort();
                _open.TryRemove(connection, out _);
            }
        }
    }
}
