using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace BwcFirmware.Tests.Sync;

/// <summary>
/// A loopback TCP proxy in front of the station that can cut a connection after a number of client-to-station
/// bytes, as a Wi-Fi drop in the middle of a PATCH would. Counts every byte it forwards upstream.
/// </summary>
internal sealed class CuttingProxy : IDisposable
{
    private readonly TcpListener _listener;
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stop = new();
    private long _cutAfter = -1;
    private long _upstreamBytes;

    public CuttingProxy(int targetPort)
    {
        _targetPort = targetPort;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _ = AcceptLoop();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Bytes forwarded from the device to the station, headers included.</summary>
    public long UpstreamBytes => Interlocked.Read(ref _upstreamBytes);

    /// <summary>Connections cut so far.</summary>
    public int Cuts { get; private set; }

    /// <summary>The connection that carries upstream byte number UpstreamBytes + <paramref name="bytes"/> is cut there.</summary>
    public void CutAfter(long bytes) => Interlocked.Exchange(ref _cutAfter, UpstreamBytes + bytes);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception)
            {
                return;
            }

            _ = Relay(client);
        }
    }

    private async Task Relay(TcpClient client)
    {
        using (client)
        using (var server = new TcpClient())
        {
            try
            {
                await server.ConnectAsync(IPAddress.Loopback, _targetPort, _stop.Token);
            }
            catch (Exception)
            {
                client.Client.Close(0);
                return;
            }

            using var cut = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            Task up = Pump(client.GetStream(), server.GetStream(), upstream: true, cut);
            Task down = Pump(server.GetStream(), client.GetStream(), upstream: false, cut);
            await Task.WhenAny(up, down);
            cut.Cancel();
            // An abortive close (RST), like a dropped link, not a polite FIN.
            client.Client.LingerState = new LingerOption(true, 0);
            server.Client.LingerState = new LingerOption(true, 0);
        }
    }

    private async Task Pump(NetworkStream from, NetworkStream to, bool upstream, CancellationTokenSource cut)
    {
        byte[] buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                int read = await from.ReadAsync(buffer, cut.Token);
                if (read <= 0)
                {
                    return;
                }

                if (upstream)
                {
                    long limit = Interlocked.Read(ref _cutAfter);
                    long before = UpstreamBytes;
                    if (limit >= 0 && before + read >= limit)
                    {
                        int pass = (int)Math.Max(0, limit - before);
                        await to.WriteAsync(buffer.AsMemory(0, pass), cut.Token);
                        Interlocked.Add(ref _upstreamBytes, pass);
                        Interlocked.Exchange(ref _cutAfter, -1);
                        Cuts++;
                        return;
                    }

                    Interlocked.Add(ref _upstreamBytes, read);
                }

                await to.WriteAsync(buffer.AsMemory(0, read), cut.Token);
            }
        }
        catch (Exception)
        {
            // Either side went away: the relay ends.
        }
    }
}
