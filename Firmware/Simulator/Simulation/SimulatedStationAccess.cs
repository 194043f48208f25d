using BwcFirmware.Drivers.Host.Http;
using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Simulator.Simulation
{
    /// <summary>
    /// The loop's hand-off to the host transport: the card's token when the command line gave none. The host
    /// transport trusts --ca or else the machine's roots, so no https station is refused for want of the card's CA;
    /// it reaches the station over the host's network whatever the simulated radio does.
    /// </summary>
    public sealed class SimulatedStationAccess : IStationAccess
    {
        private readonly HostHttpSettings _settings;

        /// <summary>Fills <paramref name="settings"/> (null without a station).</summary>
        public SimulatedStationAccess(HostHttpSettings settings)
        {
            _settings = settings;
        }

        /// <inheritdoc />
        public void TakeToken(string token)
        {
            if (_settings != null && _settings.BearerToken == null)
            {
                _settings.BearerToken = token;
            }
        }

        /// <inheritdoc />
        public bool TakeCa(string cardFile) => true;

        /// <inheritdoc />
        public void SetNetworkUp(bool up)
        {
        }
    }
}
