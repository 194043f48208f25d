using System;

namespace BwcFirmware.Shared.Loop
{
    /// <summary>
    /// The radio to the dock's network (Wi-Fi with credentials from the card's config) and its time server.
    /// A join takes seconds, so it runs in the background and the loop only polls <see cref="IsConnected"/>.
    /// </summary>
    public interface INetworkLink
    {
        /// <summary>True while joined to the network.</summary>
        bool IsConnected { get; }

        /// <summary>True while a join is under way.</summary>
        bool IsJoining { get; }

        /// <summary>The wall clock as the time server set it; before it answered, a year long past.</summary>
        DateTime UtcNow { get; }

        /// <summary>Starts joining <paramref name="ssid"/>, giving up after <paramref name="timeoutMs"/>.</summary>
        void BeginConnect(string ssid, string password, int timeoutMs);

        /// <summary>Leaves the network and turns the radio off.</summary>
        void Disconnect();

        /// <summary>Asks <paramref name="server"/> (SNTP) for the time.</summary>
        void StartTime(string server);
    }
}
