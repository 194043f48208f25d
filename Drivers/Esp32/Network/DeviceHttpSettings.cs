using System.Security.Cryptography.X509Certificates;

namespace BwcFirmware.Drivers.Esp32.Network
{
    /// <summary>
    /// What the device transport adds to every request: the device's bearer token and the pinned station CA. Both
    /// come from the card (config.txt and station-ca.pem), which is read after the transport exists, hence settable.
    /// </summary>
    public sealed class DeviceHttpSettings
    {
        /// <summary>Sent as "Authorization: Bearer ..."; null sends none.</summary>
        public string BearerToken { get; set; }

        /// <summary>The only CA an https station may chain to; without it https requests are refused unsent.</summary>
        public X509Certificate StationCa { get; set; }

        /// <summary>
        /// Whether the station network is joined (the loop sets it from Wi-Fi each pass). While false every request
        /// fails at once as unreachable, so the loop never waits a request's timeout on a radio that is off.
        /// </summary>
        public bool NetworkUp { get; set; }

        /// <summary>Bytes read from the card and written to the socket at a time (one reused buffer).</summary>
        public int UploadPieceBytes { get; set; } = 4096;

        /// <summary>
        /// The longest the loop waits for one request, whatever timeout the request asks for: below the loop
        /// watchdog (10 s) with room for the rest of the pass. A longer request is reported as a timeout (the sync
        /// agent backs off and resumes from the station's offset) and ends on its worker thread meanwhile.
        /// </summary>
        public int MaxRequestMs { get; set; } = 7000;
    }
}
