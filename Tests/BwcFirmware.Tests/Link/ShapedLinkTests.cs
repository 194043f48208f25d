using System.Net;
using System.Net.Sockets;
using BwcFirmware.Drivers.Host.Link;

namespace BwcFirmware.Tests.Link;

/// <summary>The link as a proxy: every byte arrives, in order, both ways, on connections side by side; a cut resets.</summary>
[TestClass]
public sealed class ShapedLinkTests
{
    [TestMethod]
    public async Task EveryByte_ArrivesInOrder_BothWays_OnConnectionsSideBySide()
    {
        using var echo = new EchoServer();
        using var link = new ShapedLink(echo.Port, new LinkShape(200_000_000, 2));
        var payloads = Enumerable.Range(0, 3).Select(i => RandomBytes(300_000 + i, i)).ToArray();
        byte[][] echoed = await Task.WhenAll(payloads.Select(p => RoundTrip(link.Port, p)));
        for (int i = 0; i < payloads.Length; i++)
        {
            CollectionAssert.AreEqual(payloads[i], echoed[i], "connection " + i);
        }

        long total = payloads.Sum(p => (long)p.Length);
        Assert.AreEqual(total, link.UpstreamBytes);
        Assert.AreEqual(total, link.DownstreamBytes);
        Assert.AreEqual(3, link.Connections);
    }

    [TestMethod]
    public async Task ALossyLink_StillDeliversEveryByteInOrder()
    {
        using var echo = new EchoServer();
        using var link = new ShapedLink(echo.Port, new LinkShape(100_000_000, 1, lossPercent: 2), seed: 3);
        byte[] payload = RandomBytes(200_000, 9);
        CollectionAssert.AreEqual(payload, await RoundTrip(link.Port, payload));
        Assert.IsTrue(link.Upstream.PacketsLost > 0, "some packets were lost and sent again");
    }

    [TestMethod]
    public async Task ACut_PassesExactlyTheBytesBeforeIt_ThenResetsTheConnection()
    {
        using var sink = new EchoServer();
        using var link = new ShapedLink(sink.Port, new LinkShape(500_000_000, 0));
        link.CutAfter(100_000);
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, link.Port);
        byte[] payload = RandomBytes(400_000, 5);
        await Assert.ThrowsExactlyAsync<IOException>(async () =>
        {
            NetworkStream stream = client.GetStream();
            for (int i = 0; i < 40; i++)
            {
                await stream.WriteAsync(payload);
                await Task.Delay(5);
            }
        });
        Assert.AreEqual(1, link.Cuts);
        Assert.IsTrue(link.UpstreamBytes <= 100_000, "never more than the bytes before the cut: " + link.UpstreamBytes);
        Assert.IsTrue(sink.BytesReceived <= 100_000, "the far end got " + sink.BytesReceived);
    }

    private static async Task<byte[]> RoundTrip(int port, byte[] payload)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        NetworkStream stream = client.GetStream();
        Task send = Task.Run(async () =>
        {
            for (int at = 0; at < payload.Length; at += 7_000)
            {
                await stream.WriteAsync(payload.AsMemory(at, Math.Min(7_000, payload.Length - at)));
            }

            client.Client.Shutdown(SocketShutdown.Send);
        });
        using var received = new MemoryStream();
        await stream.CopyToAsync(received);
        await send;
        return received.ToArray();
    }

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>Sends back what it receives and closes when the other side has.</summary>
    private sealed class EchoServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private long _received;

        public EchoServer()
        {
            _listener.Start();
            _ = Accept();
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public long BytesReceived => Interlocked.Read(ref _received);

        public void Dispose() => _listener.Stop();

        private async Task Accept()
        {
            while (true)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync();
                }
                catch (Exception)
                {
                    return;
                }

                _ = Task.Run(async () =>
                {
                    using (client)
                    {
                        var buffer = new byte[16 * 1024];
                        NetworkStream stream = client.GetStream();
                        try
                        {
                            int read;
                            while ((read = await stream.ReadAsync(buffer)) > 0)
                            {
                                Interlocked.Add(ref _received, read);
                                await stream.WriteAsync(buffer.AsMemory(0, read));
                            }

                            client.Client.Shutdown(SocketShutdown.Send);
                        }
                        catch (IOException)
                        {
                        }
                    }
                });
            }
        }
    }
}
