using System;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace BwcFirmware.Drivers.Host.Http
{
    /// <summary>
    /// Connects HttpClient's sockets with a fixed send buffer (Nagle off), as a device's TCP stack has: the
    /// bytes a cut connection loses in flight are bounded by it. Shared by the transport and the baselines that
    /// are measured against it, so both send through the same buffer.
    /// </summary>
    public static class SendBufferConnector
    {
        /// <summary>A <see cref="SocketsHttpHandler.ConnectCallback"/> whose sockets send through <paramref name="sendBufferBytes"/>.</summary>
        public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Callback(int sendBufferBytes)
        {
            return async (context, cancel) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, SendBufferSize = sendBufferBytes };
                try
                {
                    await socket.ConnectAsync(context.DnsEndPoint, cancel).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }
    }
}
