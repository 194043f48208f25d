using System;
using System.IO;
using System.Net;
using System.Net.Security;
using BwcFirmware.Drivers.Card;
using BwcFirmware.Drivers.Esp32.Timing;
using BwcFirmware.Shared.Sync;
using SyncHttpRequest = BwcFirmware.Shared.Sync.HttpRequest;
using SyncHttpResponse = BwcFirmware.Shared.Sync.HttpResponse;

namespace BwcFirmware.Drivers.Esp32.Network
{
    /// <summary>
    /// <see cref="IHttpTransport"/> on nanoFramework.System.Net.Http's HttpWebRequest, the layer its HttpClient
    /// wraps. HttpClient itself cannot serve tus in that package (1.5.210): HttpResponseMessage.Headers has no
    /// public getter, so Location and Upload-Offset would be unreadable (README.md in this folder). Everything
    /// the HttpClient path would give is kept: the body streams from a FileStream on the card through one reused
    /// buffer (no whole-file buffer), the timeout is explicit (the default is infinite), every response is
    /// disposed, the station CA is pinned through HttpsAuthentCert, and the bearer token goes on each request.
    /// No client certificate is presented: nanoFramework's HttpWebRequest passes none to SslStream.
    /// </summary>
    public sealed class NanoHttpTransport : IHttpTransport
    {
        private readonly string _cardRoot;
        private readonly DeviceHttpSettings _settings;
        private readonly byte[] _piece;
        private readonly byte[] _answer = new byte[SyncHttpResponse.MaxBodyBytes];

        /// <summary>Creates the transport; upload bodies are read from files under <paramref name="cardRoot"/> ("D:\").</summary>
        public NanoHttpTransport(string cardRoot, DeviceHttpSettings settings)
        {
            _cardRoot = cardRoot;
            _settings = settings;
            _piece = new byte[settings.UploadPieceBytes];
        }

        /// <inheritdoc />
        public bool CanSendPatch
        {
            get { return true; }
        }

        /// <inheritdoc />
        public SyncHttpResponse Send(SyncHttpRequest request)
        {
            if (!_settings.NetworkUp)
            {
                return SyncHttpResponse.Failed(TransportFailure.Unreachable);
            }

            if (_settings.StationCa == null && IsHttps(request.Url))
            {
                // Never fall back to whatever roots the firmware image carries: the station CA is pinned or nothing.
                return SyncHttpResponse.Failed(TransportFailure.Untrusted);
            }

            long startedMs = MonotonicClock.NowMs;
            bool connected = false;
            try
            {
                HttpWebRequest web = Prepare(request);
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
                        connected = true;
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
                return SyncHttpResponse.Failed(Classify(exception, connected, MonotonicClock.NowMs - startedMs >= request.TimeoutMs));
            }
        }

        private HttpWebRequest Prepare(SyncHttpRequest request)
        {
            HttpWebRequest web = (HttpWebRequest)WebRequest.Create(request.Url);
            web.Method = request.Method;
            web.Timeout = request.TimeoutMs;
            web.ReadWriteTimeout = request.TimeoutMs;
            web.KeepAlive = false;
            web.AllowWriteStreamBuffering = false;
            if (_settings.StationCa != null)
            {
                web.HttpsAuthentCert = _settings.StationCa;
                web.SslProtocols = SslProtocols.Tls12;
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

        private static bool IsHttps(string url)
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

        private static TransportFailure Classify(Exception exception, bool connected, bool outOfTime)
        {
            WebException web = exception as WebException;
            if (web != null && web.Status == WebExceptionStatus.Timeout || outOfTime)
            {
                return TransportFailure.Timeout;
            }

            if (web != null && (web.Status == WebExceptionStatus.TrustFailure || web.Status == WebExceptionStatus.SecureChannelFailure))
            {
                return TransportFailure.Untrusted;
            }

            return connected ? TransportFailure.Interrupted : TransportFailure.Unreachable;
        }
    }
}
