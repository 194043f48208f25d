using System.Security.Cryptography.X509Certificates;

namespace BwcFirmware.Drivers.Esp32.Network
{
    /// <summary>What the device transport adds to every request: the device's bearer token and the pinned station CA.</summary>
    public sealed class DeviceHttpSettings
    {
        /// <summary>Creates settings.</summary>
        public DeviceHttpSettings(string bearerToken, X509Certificate stationCa)
        {
            BearerToken = bearerToken;
            StationCa = stationCa;
            UploadPieceBytes = 4096;
        }

        /// <summary>Sent as "Authorization: Bearer ..."; null sends none.</summary>
        public string BearerToken { get; }

        /// <summary>The only CA an https station may chain to (from the card's config); null for plain http.</summary>
        public X509Certificate StationCa { get; }

        /// <summary>Bytes read from the card and written to the socket at a time (one reused buffer).</summary>
        public int UploadPieceBytes { get; set; }
    }
}
