using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using BwcFirmware.Drivers.Host.Link;

namespace BwcFirmware.Simulator.Fleet
{
    /// <summary>
    /// What one modelled link carries by itself: a few seconds of bytes streamed through a fresh
    /// <see cref="ShapedLink"/> of the same shape to a sink on loopback, timed to the last byte in.
    /// </summary>
    public static class LinkAlone
    {
        /// <summary>Bytes per second measured through <paramref name="shape"/> for about <paramref name="seconds"/>.</summary>
        public static double MeasureBytesPerSecond(LinkShape shape, double seconds = 3)
        {
            long bytes = (long)Math.Max(256 * 1024, shape.BytesPerSecond * seconds);
            var sink = new TcpListener(IPAddress.Loopback, 0);
            sink.Start();
            try
            {
                using var link = new ShapedLink(((IPEndPoint)sink.LocalEndpoint).Port, shape);
                Task<long> received = Drain(sink);
                long start = Stopwatch.GetTimestamp();
                using (var client = new TcpClient())
                {
                    client.Connect(IPAddress.Loopback, link.Port);
                    var buffer = new byte[16 * 1024];
                    NetworkStream stream = client.GetStream();
                    for (long sent = 0; sent < bytes; sent += buffer.Length)
                    {
                        stream.Write(buffer, 0, (int)Math.Min(buffer.Length, bytes - sent));
                    }

                    client.Client.Shutdown(SocketShutdown.Send);
                    if (received.Result != bytes)
                    {
                        throw new InvalidOperationException("the link lost bytes: " + received.Result + " of " + bytes);
                    }
                }

                return bytes / Stopwatch.GetElapsedTime(start).TotalSeconds;
            }
            finally
            {
                sink.Stop();
            }
        }

        private static async Task<long> Drain(TcpListener sink)
        {
            using TcpClient peer = await sink.AcceptTcpClientAsync().ConfigureAwait(false);
            var buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = await peer.GetStream().ReadAsync(buffer).ConfigureAwait(false)) > 0)
            {
                total += read;
            }

            return total;
        }
    }
}
