using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Sync;
using SyncHttpRequest = BwcFirmware.Shared.Sync.HttpRequest;
using SyncHttpResponse = BwcFirmware.Shared.Sync.HttpResponse;

namespace BwcFirmware.Drivers.Host.Http
{
    /// <summary>
    /// <see cref="IHttpTransport"/> on System.Net.Http: bodies stream from the card, the bearer token goes on
    /// every request, redirects are not followed, and with a pinned CA no other root is trusted.
    /// </summary>
    public sealed class HostHttpTransport : IHttpTransport, IDisposable
    {
        private readonly ICardFileSystem _card;
        private readonly HostHttpSettings _settings;
        private readonly HttpClient _client;

        /// <summary>Creates a transport that reads upload bodies from <paramref name="card"/>.</summary>
        public HostHttpTransport(ICardFileSystem card, HostHttpSettings settings)
        {
            _card = card ?? throw new ArgumentNullException(nameof(card));
            _settings = settings ?? new HostHttpSettings();
            var handler = new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                UseProxy = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectTimeout = TimeSpan.FromSeconds(10),
            };
            if (_settings.SendBufferBytes > 0)
            {
                handler.ConnectCallback = SendBufferConnector.Callback(_settings.SendBufferBytes);
            }
            handler.SslOptions.EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
            if (_settings.PinnedCa != null)
            {
                X509Certificate2 pinned = _settings.PinnedCa;
                handler.SslOptions.RemoteCertificateValidationCallback = (sender, certificate, chain, errors) =>
                    StationCertificate.ChainsTo(pinned, certificate, errors);
            }

            if (_settings.ClientCertificate != null)
            {
                handler.SslOptions.ClientCertificates = new X509CertificateCollection { _settings.ClientCertificate };
            }

            _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        }

        /// <inheritdoc />
        public bool CanSendPatch => _settings.CanSendPatch;

        private long _bodyBytesWritten;

        /// <summary>Body bytes of requests the station answered.</summary>
        public long BodyBytesSent { get; private set; }

        /// <summary>Body bytes written to the network, answered or not (a cut PATCH counts what left before the cut).</summary>
        public long BodyBytesWritten => Interlocked.Read(ref _bodyBytesWritten);

        /// <inheritdoc />
        public SyncHttpResponse Send(SyncHttpRequest request)
        {
            if (request.Method == "PATCH" && !_settings.CanSendPatch)
            {
                throw new NotSupportedException("PATCH");
            }

            using var cancel = new CancellationTokenSource(Math.Max(1, request.TimeoutMs));
            using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
            for (int i = 0; i < request.HeaderCount; i++)
            {
                message.Headers.TryAddWithoutValidation(request.HeaderName(i), request.HeaderValue(i));
            }

            if (_settings.BearerToken != null)
            {
                message.Headers.TryAddWithoutValidation("Authorization", "Bearer " + _settings.BearerToken);
            }

            CardRangeContent content = null;
            if (request.BodyPath != null)
            {
                content = new CardRangeContent(_card, request.BodyPath, request.BodyOffset, request.BodyLength, _settings.ReadBufferBytes, count => Interlocked.Add(ref _bodyBytesWritten, count));
                content.Headers.TryAddWithoutValidation("Content-Type", request.BodyContentType ?? "application/octet-stream");
                message.Content = content;
            }
            else if (request.Method == "POST" || request.Method == "PATCH")
            {
                // tus creation without a body still needs Content-Length: 0 for strict servers and proxies.
                message.Content = new ByteArrayContent(Array.Empty<byte>());
            }

            try
            {
                using HttpResponseMessage response = _client.Send(message, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
                if (content != null)
                {
                    BodyBytesSent += request.BodyLength;
                }

                return ReadResponse(response, cancel.Token);
            }
            catch (Exception exception) when (content != null && content.CardFailed)
            {
                _ = exception;
                return SyncHttpResponse.Failed(TransportFailure.CardRead);
            }
            catch (OperationCanceledException)
            {
                return SyncHttpResponse.Failed(TransportFailure.Timeout);
            }
            catch (HttpRequestException exception)
            {
                return SyncHttpResponse.Failed(FailureOf(exception));
            }
            catch (IOException)
            {
                return SyncHttpResponse.Failed(TransportFailure.Interrupted);
            }
        }

        /// <inheritdoc />
        public void Dispose()
        {
            _client.Dispose();
        }

        private static SyncHttpResponse ReadResponse(HttpResponseMessage response, CancellationToken cancel)
        {
            var result = SyncHttpResponse.Answered((int)response.StatusCode);
            foreach (KeyValuePair<string, IEnumerable<string>> header in response.Headers)
            {
                result.AddHeader(header.Key, string.Join(",", header.Value));
            }

            foreach (KeyValuePair<string, IEnumerable<string>> header in response.Content.Headers)
            {
                result.AddHeader(header.Key, string.Join(",", header.Value));
            }

            if (response.Headers.Date.HasValue && result.GetHeader("Date") == null)
            {
                result.AddHeader("Date", response.Headers.Date.Value.ToString("r"));
            }

            // Keep only the start of the body; read (and drop) at most a little more so the connection can be reused.
            using Stream body = response.Content.ReadAsStream(cancel);
            byte[] buffer = new byte[SyncHttpResponse.MaxBodyBytes];
            int kept = 0;
            int read;
            while (kept < buffer.Length && (read = body.Read(buffer, kept, buffer.Length - kept)) > 0)
            {
                kept += read;
            }

            result.SetBody(buffer, 0, kept);
            return result;
        }

        private static TransportFailure FailureOf(HttpRequestException exception)
        {
            if (exception.HttpRequestError == HttpRequestError.SecureConnectionError || HasInner<AuthenticationException>(exception))
            {
                return TransportFailure.Untrusted;
            }

            if (exception.HttpRequestError == HttpRequestError.ConnectionError
                || exception.HttpRequestError == HttpRequestError.NameResolutionError)
            {
                return TransportFailure.Unreachable;
            }

            if (exception.InnerException is SocketException socket
                && (socket.SocketErrorCode == SocketError.ConnectionRefused || socket.SocketErrorCode == SocketError.HostUnreachable))
            {
                return TransportFailure.Unreachable;
            }

            return TransportFailure.Interrupted;
        }

        private static bool HasInner<T>(Exception exception)
            where T : Exception
        {
            for (Exception inner = exception; inner != null; inner = inner.InnerException)
            {
                if (inner is T)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
