using System;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using BwcFirmware.Drivers.Esp32.Network;
using BwcFirmware.Shared.Sync;

namespace BwcFirmware.AdapterTests.Network;

/// <summary>
/// The device transport against a fake HttpWebRequest: the pinned CA is verified on every https request, no request
/// holds the loop past the transport's deadline (however long DNS, connect or TLS take), and failures are told apart
/// by the exception chain and the time spent, as nanoFramework's HttpWebRequest reports them.
/// </summary>
[TestClass]
public sealed class NanoHttpTransportTests
{
    private const string Station = "https://station.local:1080/files/";

    [TestInitialize]
    public void ClearRequests()
    {
        FakeWeb.Created.Clear();
    }

    [TestMethod]
    public void HttpsRequest_RequiresTheCertificateToChainToThePinnedCa()
    {
        FakeWeb.Script = new Answers(HttpStatusCode.NoContent);
        X509Certificate ca = new X509Certificate("-----BEGIN CERTIFICATE-----");
        NanoHttpTransport transport = Transport(ca);

        HttpResponse response = transport.Send(new HttpRequest("OPTIONS", Station, 10000));

        Assert.AreEqual(TransportFailure.None, response.Failure);
        HttpWebRequest sent = FakeWeb.Created[0];
        Assert.AreEqual(SslVerification.CertificateRequired, sent.SslVerification);
        Assert.AreSame(ca, sent.HttpsAuthentCert);
        Assert.AreEqual(SslProtocols.Tls12, sent.SslProtocols);
    }

    [TestMethod]
    public void EveryRequestOfAConnection_IsVerified()
    {
        FakeWeb.Script = new Answers(HttpStatusCode.NoContent);
        NanoHttpTransport transport = Transport(new X509Certificate("ca"));

        transport.Send(new HttpRequest("OPTIONS", Station, 10000));
        transport.Send(new HttpRequest("HEAD", Station + "abc", 10000));
        transport.Send(new HttpRequest("DELETE", Station + "abc", 10000));

        Assert.AreEqual(3, FakeWeb.Created.Count);
        foreach (HttpWebRequest sent in FakeWeb.Created)
        {
            Assert.AreEqual(SslVerification.CertificateRequired, sent.SslVerification, sent.Method);
        }
    }

    [TestMethod]
    public void HttpsWithoutPinnedCa_IsRefusedUnsent()
    {
        FakeWeb.Script = new Answers(HttpStatusCode.NoContent);

        HttpResponse response = Transport(null).Send(new HttpRequest("OPTIONS", Station, 10000));

        Assert.AreEqual(TransportFailure.Untrusted, response.Failure);
        Assert.AreEqual(0, FakeWeb.Created.Count);
    }

    [TestMethod]
    [Timeout(20000)]
    public void ConnectThatNeverEnds_ReturnsTimeoutWithinTheDeadline()
    {
        // DNS, TCP connect and the TLS handshake are outside HttpWebRequest.Timeout; the fake never lets them end
        // until the test is over. Without the transport's own deadline Send would never return.
        using Stalls stall = new Stalls();
        FakeWeb.Script = stall;
        NanoHttpTransport transport = Transport(new X509Certificate("ca"), maxRequestMs: 300);

        HttpResponse response = transport.Send(new HttpRequest("PATCH", Station + "abc", 60000));

        Assert.AreEqual(TransportFailure.Timeout, response.Failure);
        Assert.IsTrue(stall.Entered.WaitOne(0), "the request was under way when the loop stopped waiting");
    }

    [TestMethod]
    [Timeout(20000)]
    public void WhileAnAbandonedRequestRuns_TheNextIsRefusedAtOnce()
    {
        using Stalls stall = new Stalls();
        FakeWeb.Script = stall;
        NanoHttpTransport transport = Transport(new X509Certificate("ca"), maxRequestMs: 200);
        transport.Send(new HttpRequest("HEAD", Station + "abc", 10000));

        HttpResponse second = transport.Send(new HttpRequest("HEAD", Station + "abc", 10000));

        Assert.AreEqual(TransportFailure.Unreachable, second.Failure);
        Assert.AreEqual(1, FakeWeb.Created.Count, "no second socket while the first request still holds one");
    }

    [TestMethod]
    [Timeout(20000)]
    public void OnceTheAbandonedRequestEnds_RequestsGoOutAgain()
    {
        Stalls stall = new Stalls();
        FakeWeb.Script = stall;
        NanoHttpTransport transport = Transport(new X509Certificate("ca"), maxRequestMs: 200);
        transport.Send(new HttpRequest("HEAD", Station + "abc", 10000));
        stall.Dispose();
        FakeWeb.Script = new Answers(HttpStatusCode.OK);

        HttpResponse response = SendUntilAccepted(transport, new HttpRequest("HEAD", Station + "abc", 10000));

        Assert.AreEqual(TransportFailure.None, response.Failure);
        Assert.AreEqual(200, response.StatusCode);
    }

    [TestMethod]
    public void RequestTimeouts_AreCappedBelowTheWatchdog()
    {
        FakeWeb.Script = new Answers(HttpStatusCode.NoContent);
        NanoHttpTransport transport = Transport(new X509Certificate("ca"));

        transport.Send(new HttpRequest("PATCH", Station + "abc", 60000));
        transport.Send(new HttpRequest("HEAD", Station + "abc", 3000));

        int cap = new DeviceHttpSettings().MaxRequestMs;
        Assert.IsTrue(cap < 10000, "below the loop watchdog");
        Assert.AreEqual(cap, FakeWeb.Created[0].Timeout);
        Assert.AreEqual(cap, FakeWeb.Created[0].ReadWriteTimeout);
        Assert.AreEqual(3000, FakeWeb.Created[1].Timeout);
    }

    [TestMethod]
    public void NameResolutionFailure_WrappedByGetResponse_IsUnreachable()
    {
        FakeWeb.Script = new Throws(new WebException("Unable to resolve Dns entry to valid IPv4 Address", WebExceptionStatus.NameResolutionFailure));

        HttpResponse response = Transport(new X509Certificate("ca")).Send(new HttpRequest("HEAD", Station + "abc", 10000));

        Assert.AreEqual(TransportFailure.Unreachable, response.Failure);
    }

    [TestMethod]
    public void RefusedConnection_IsUnreachable()
    {
        FakeWeb.Script = new Throws(new WebException("connection failed", new SocketException((int)SocketError.ConnectionRefused), WebExceptionStatus.ConnectFailure, null));

        HttpResponse response = Transport(new X509Certificate("ca")).Send(new HttpRequest("OPTIONS", Station, 10000));

        Assert.AreEqual(TransportFailure.Unreachable, response.Failure);
    }

    [TestMethod]
    public void FailedHandshake_IsUntrusted()
    {
        // nanoCLR raises a CryptographicException for a refused certificate: neither a socket nor a web error.
        FakeWeb.Script = new Throws(new InvalidOperationException("certificate verify failed"));

        HttpResponse response = Transport(new X509Certificate("ca")).Send(new HttpRequest("OPTIONS", Station, 10000));

        Assert.AreEqual(TransportFailure.Untrusted, response.Failure);
    }

    [TestMethod]
    public void SocketErrorBeforeTheDeadline_IsNotCalledATimeout()
    {
        FakeWeb.Script = new Throws(new SocketException((int)SocketError.ConnectionReset));

        HttpResponse response = Transport(new X509Certificate("ca")).Send(new HttpRequest("HEAD", Station + "abc", 10000));

        Assert.AreEqual(TransportFailure.Unreachable, response.Failure);
    }

    [TestMethod]
    public void SocketClosedByTheLibrarysTimer_IsATimeout()
    {
        // HttpWebRequest's timeout closes the socket; what surfaces is a socket error with no timeout status.
        Exception closed = new WebException("GetResponse() failed", new SocketException((int)SocketError.Shutdown));

        Assert.AreEqual(TransportFailure.Timeout, HttpExchange.Classify(closed, true, true, outOfTime: true));
        Assert.AreEqual(TransportFailure.Interrupted, HttpExchange.Classify(closed, true, true, outOfTime: false));
    }

    private static NanoHttpTransport Transport(X509Certificate ca, int maxRequestMs = 7000)
    {
        DeviceHttpSettings settings = new DeviceHttpSettings { NetworkUp = true, StationCa = ca, MaxRequestMs = maxRequestMs };
        return new NanoHttpTransport("/card", settings);
    }

    private static HttpResponse SendUntilAccepted(NanoHttpTransport transport, HttpRequest request)
    {
        while (true)
        {
            HttpResponse response = transport.Send(request);
            if (response.Failure != TransportFailure.Unreachable)
            {
                return response;
            }

            Thread.Sleep(10);
        }
    }

    private sealed class Answers : IWebScript
    {
        private readonly HttpStatusCode _status;

        public Answers(HttpStatusCode status)
        {
            _status = status;
        }

        public void Connect(HttpWebRequest request)
        {
        }

        public HttpWebResponse Answer(HttpWebRequest request) => new HttpWebResponse(_status, null);
    }

    private sealed class Throws : IWebScript
    {
        private readonly Exception _failure;

        public Throws(Exception failure)
        {
            _failure = failure;
        }

        public void Connect(HttpWebRequest request) => throw _failure;

        public HttpWebResponse Answer(HttpWebRequest request) => throw new InvalidOperationException("not reached");
    }

    /// <summary>Connecting blocks until the test disposes the script.</summary>
    private sealed class Stalls : IWebScript, IDisposable
    {
        private readonly ManualResetEvent _release = new ManualResetEvent(false);

        public ManualResetEvent Entered { get; } = new ManualResetEvent(false);

        public void Connect(HttpWebRequest request)
        {
            Entered.Set();
            _release.WaitOne();
            throw new SocketException((int)SocketError.TimedOut);
        }

        public HttpWebResponse Answer(HttpWebRequest request) => throw new InvalidOperationException("not reached");

        public void Dispose() => _release.Set();
    }
}
