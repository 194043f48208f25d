using BwcFirmware.Drivers.Esp32.Card;
using BwcFirmware.Drivers.Esp32.Network;
using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Device
{
    /// <summary>The loop's hand-off to the device transport: token and link state into its settings, the CA read from the card.</summary>
    public sealed class StationAccess : IStationAccess
    {
        private readonly DeviceHttpSettings _http;

        /// <summary>Fills <paramref name="http"/>, the settings the transport reads on every request.</summary>
        public StationAccess(DeviceHttpSettings http)
        {
            _http = http;
        }

        /// <inheritdoc />
        public void TakeToken(string token)
        {
            _http.BearerToken = token;
        }

        /// <inheritdoc />
        public bool TakeCa(string cardFile)
        {
            _http.StationCa = StationCertificate.TryRead(SdCardMount.DriveRoot + cardFile);
            return _http.StationCa != null;
        }

        /// <inheritdoc />
        public void SetNetworkUp(bool up)
        {
            _http.NetworkUp = up;
        }
    }
}
