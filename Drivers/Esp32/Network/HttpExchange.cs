using System;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Threading;
using BwcFirmware.Drivers.Card;
using BwcFirmware.Drivers.Esp32.Timing;
using SyncHttpRequest = BwcFirmware.Shared.Sync.HttpRequest;
using SyncHttpResponse = BwcFirmware.Shared.Sync.HttpResponse;
using TransportFailure = BwcFirmware.Shared.Sync.TransportFailure;

namespace BwcFirmware.Drivers.Esp32.Network
{
    /// <summary>
    /// One request on nanoFramework.System.Net.Http's HttpWebRequest, run to its end on a worker thread while the
    /// loop waits at most the transport's deadline (<see cref="NanoHttpTransport"/>). It owns the request's reused
    /// buffers for as long as it runs, so the transport never starts another while one is still under way.
    /// </summary>
    internal sealed class HttpExchange
    {
        private readonly string _cardRoot;
        private readonly DeviceHttpSettings _settings;
        private readonly byte[] _piece;
        private readonly byte[] _answer;
        private readonly ManualResetEvent _finished = new ManualResetEvent(true);
        private SyncHttpRequest _request;
        private int _deadlineMs;
        private SyncHttpResponse _response;

        /// <summary>Creates the exchange with its reused upload piece and answer buffers.</summary>
        public HttpExchange(string cardRoot, DeviceHttpSettings settings)
        {
            _cardRoot = cardRoot;
            _settings = settings;
            _piece = new byte[settings.UploadPieceBytes];
            _answer = new byte[SyncHttpResponse.MaxBodyBytes];
        }

        /// <summary>True while a request is still running (also one the loop stopped waiting for).</summary>
        public bool IsRunning
        {
            get { return !_finished.WaitOne(0, false); }
        }

        /// <summary>
        /// Starts <paramref name="request"/> on a new worker thread with <paramref name="deadlineMs"/> as its
        /// library timeouts and waits for it at most that long; null when it has not finished by then.
        /// </summary>
        public SyncHttpResponse Run(SyncHttpRequest request, int deadlineMs)
        {
            _request = request;
            _deadlineMs = deadlineMs;
            _response = null;
            _finished.Reset();
            new Thread(Work).Start();
            return _finished.WaitOne(deadlineMs, false) ? _response : null;
        }

        private void Work()
        {
            SyncHttpResponse response;
            try
            {
                response = Exchange(_request, _deadlineMs);
            }
            catch (Exception)
            {
                response = SyncHttpResponse.Failed(TransportFailure.Interrupted);
            }

            _response = response;
            _finished.Set();
        }

        private SyncHttpResponse Exchange(SyncHttpRequest request, int deadlineMs)
        {
            long startedMs = MonotonicClock.NowMs;
            bool sent = false;
            try
            {
                HttpWebRequest web = Prepare(request, deadlineMs);
                if (request.BodyPath != null)
                {
                    web.ContentLength = request.BodyLength;
                    FileStream file = OpenBody(request.BodyPath);
                    if (file == null)
                    {
                        return SyncHttpResponse.Failed(TransportFailure.CardRead);
                    }

                    using (file)
                    using (Stream body = web.GetRequestStream())
                    {
                        sent = true;
                        if (!CopyRange(file, request.BodyOffset, request.BodyLength, body))
                        {
                            return SyncHttpResponse.Failed(TransportFailure.CardRead);
                        }
                    }
                }
                else if (request.Method == "POST" || request.Method == "PATCH")
                {
                    // tus creation without a body still needs Content-Length: 0 for strict servers and proxies.
                    web.ContentLength = 0;
                }

                using (HttpWebResponse response = (HttpWebResponse)web.GetResponse())
                {
                    return ReadAnswer(response);
                }
            }
            catch (Exception exception)
            {
                bool outOfTime = MonotonicClock.NowMs - startedMs >= deadlineMs;
                return SyncHttpResponse.Failed(Classify(exception, IsHttps(request.Url), sent, outOfTime));
            }
        }

        private HttpWebRequest Prepare(SyncHttpRequest request, int deadlineMs)
        {
            HttpWebRequest web = (HttpWebRequest)WebRequest.Create(request.Url);
            web.Method = request.Method;

            // Timeout bounds GetResponse only (System.Net.Http v1.5.210 HttpWebRequest.cs:1807) and ReadWriteTimeout
            // the stream after connecting (:1593); the transport's own deadline bounds the rest for the loop.
            web.Timeout = deadlineMs;
            web.ReadWriteTimeout = deadlineMs;
            web.KeepAlive = false;
            web.AllowWriteStreamBuffering = false;
            if (_settings.StationCa != null)
            {
                web.HttpsAuthentCert = _settings.StationCa;
                web.SslProtocols = SslProtocols.Tls12;

                // HttpWebRequest leaves this at 0 unless told and hands it to SslStream over SslStream's own default
                // (HttpWebRequest.cs:276, :1513); mbedTLS then verifies only for CertificateRequired
                // (nf-interpreter ssl_generic_init_internal.cpp:318-323).
                web.SslVerification = SslVerification.CertificateRequired;
            }

            for (int i = 0; i < request.HeaderCount; i++)
            {
                web.Headers.Add(request.HeaderName(i), request.HeaderValue(i));
            }

            if (_settings.BearerToken != null)
            {
                web.Headers.Add("Authorization", "Bearer " + _settings.BearerToken);
            }

            if (request.BodyPath != null)
            {
                web.ContentType = request.BodyContentType != null ? request.BodyContentType : "application/offset+octet-stream";
            }

            return web;
        }

        /// <summary>True for an https URL.</summary>
        internal static bool IsHttps(string url)
        {
            return url.Length > 6 && (url[4] == 's' || url[4] == 'S') && (url[5] == ':');
        }

        private FileStream OpenBody(string path)
        {
            try
            {
                return new FileStream(CardPath.ToDevice(_cardRoot, path), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            }
            catch (Exception)
            {
                return null;
            }
        }

        /// <summary>Copies <paramref name="length"/> bytes from <paramref name="offset"/> of the file; false when the card came up short.</summary>
        private bool CopyRange(FileStream file, long offset, long length, Stream body)
        {
            file.Seek(offset, SeekOrigin.Begin);
            long remaining = length;
            while (remaining > 0)
            {
                int want = remaining < _piece.Length ? (int)remaining : _piece.Length;
                int read;
                try
                {
                    read = file.Read(_piece, 0, want);
                }
                catch (IOException)
                {
                    return false;
                }

                if (read <= 0)
                {
                    return false;
                }

                body.Write(_piece, 0, read);
                remaining -= read;
            }

            return true;
        }

        private SyncHttpResponse ReadAnswer(HttpWebResponse response)
        {
            SyncHttpResponse result = SyncHttpResponse.Answered((int)response.StatusCode);
            WebHeaderCollection headers = response.Headers;
            string[] keys = headers.AllKeys;
            for (int i = 0; i < keys.Length; i++)
            {
                result.AddHeader(keys[i], headers[keys[i]]);
            }

            // Only a known, short body is read: the response stream returns 0 when no data has arrived yet
            // rather than blocking, so reading "to the end" of an unsized body would stop at random.
            long declared = response.ContentLength;
            if (declared > 0)
            {
                int want = declared < _answer.Length ? (int)declared : _answer.Length;
                int kept = 0;
                using (Stream body = response.GetResponseStream())
                {
                    int read;
                    while (kept < want && (read = body.Read(_answer, kept, want - kept)) > 0)
                    {
                        kept += read;
                    }
                }

                result.SetBody(_answer, 0, kept);
            }

            return result;
        }

        /// <summary>
        /// Why the request failed, from the exception chain and the time it took. The outer WebException says
        /// little: GetResponse wraps every failure in a WebException without a status (HttpWebRequest.cs:1850,
        /// :1854), and its own timeout closes the socket, which surfaces as a socket error. Connecting and DNS set
        /// ConnectFailure/NameResolutionFailure on an inner WebException (:1412, :1426, :1477). A failed TLS
        /// handshake is neither a socket nor a web error (nf-interpreter sys_net_native_System_Net_Security_SslNative.cpp:182-184 raises a
        /// CryptographicException, a type System.Net 1.11 does not declare).
        /// </summary>
        internal static TransportFailure Classify(Exception exception, bool https, bool sent, bool outOfTime)
        {
            if (outOfTime)
            {
                return TransportFailure.Timeout;
            }

            Exception innermost = exception;
            bool nameOrConnect = false;
            for (Exception e = exception; e != null; e = e.InnerException)
            {
                WebException web = e as WebException;
                if (web != null && (web.Status == WebExceptionStatus.NameResolutionFailure || web.Status == WebExceptionStatus.ConnectFailure))
                {
                    nameOrConnect = true;
                }

                if (web != null && web.Status == WebExceptionStatus.Timeout)
                {
                    return TransportFailure.Timeout;
                }

                innermost = e;
            }

            if (nameOrConnect)
            {
                return TransportFailure.Unreachable;
            }

            if (https && !sent && !(innermost is SocketException) && !(innermost is WebException))
            {
                return TransportFailure.Untrusted;
            }

            return sent ? TransportFailure.Interrupted : TransportFailure.Unreachable;
        }
    }
}
