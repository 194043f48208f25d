using System;
using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Drivers.Host.Simulated
{
    /// <summary>
    /// The simulated dock network: a join succeeds at once (the host's own network carries the station traffic),
    /// and no time server answers, so the wall clock stays unset and UTC comes from the station's Date only.
    /// </summary>
    public sealed class SimulatedNetworkLink : INetworkLink
    {
        /// <summary>Joins since power-on.</summary>
        public int Joins { get; private set; }

        /// <inheritdoc />
        public bool IsConnected { get; private set; }

        /// <inheritdoc />
        public bool IsJoining => false;

        /// <inheritdoc />
        public DateTime UtcNow => DateTime.UnixEpoch;

        /// <inheritdoc />
        public void BeginConnect(string ssid, string password, int timeoutMs)
        {
            Joins++;
            IsConnected = true;
        }

        /// <inheritdoc />
        public void Disconnect()
        {
            IsConnected = false;
        }

        /// <inheritdoc />
        public void StartTime(string server)
        {
        }
    }
}
