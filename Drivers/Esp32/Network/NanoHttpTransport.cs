using BwcFirmware.Shared.Sync;
using SyncHttpRequest = BwcFirmware.Shared.Sync.HttpRequest;
using SyncHttpResponse = BwcFirmware.Shared.Sync.HttpResponse;

namespace BwcFirmware.Drivers.Esp32.Network
{
    /// <summary>
    /// <see cref="IHttpTransport"/> on nanoFramework.System.Net.Http's HttpWebRequest, the layer its HttpClient
    /// wraps. HttpClient itself cannot serve tus in that package (1.5.210): HttpResponseMessage.Headers has no
    /// public getter, so Location and Upload-Offset would be unreadable (README.md in this folder). The body streams
    /// from a FileStream on the card through one reused buffer, every response is disposed, the station CA is pinned
    /// and verified, the bearer token goes on each request. No request holds the loop longer than
    /// <see cref="DeviceHttpSettings.MaxRequestMs"/>: the library's timeouts do not cover DNS, connect or the TLS
    /// handshake, so each request runs on a worker thread and the loop waits for it at most that long.
    /// </summary>
    public sealed class NanoHttpTransport : IHttpTransport
    {
        private readonly DeviceHttpSettings _settings;
        private readonly HttpExchange _exchange;

        /// <summary>Creates the transport; upload bodies are read from files under <paramref name="cardRoot"/> ("D:\").</summary>
        public NanoHttpTransport(string cardRoot, DeviceHttpSettings settings)
        {
            _settings = settings;
            _exchange = new HttpExchange(cardRoot, settings);
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

            if (_settings.StationCa == null && HttpExchange.IsHttps(request.Url))
            {
                // Never fall back to whatever roots the firmware image carries: the station CA is pinned or nothing.
                return SyncHttpResponse.Failed(TransportFailure.Untrusted);
            }

            if (_exchange.IsRunning)
            {
                // A request the loop stopped waiting for still holds the socket and the buffers: no second one.
                return SyncHttpResponse.Failed(TransportFailure.Unreachable);
            }

            int deadlineMs = request.TimeoutMs < _settings.MaxRequestMs ? request.TimeoutMs : _settings.MaxRequestMs;
            SyncHttpResponse response = _exchange.Run(request, deadlineMs);
            return response != null ? response : SyncHttpResponse.Failed(TransportFailure.Timeout);
        }
    }
}
