#nullable disable
using System;
using BwcFirmware.Shared.Loop;

// Portable fake (no generics, no LINQ): runs on nanoCLR with the device tests and on the host.
namespace BwcFirmware.DeviceTests.Fakes.Loop
{
    /// <summary>A radio that joins at once when asked and a time server whose answer the test sets.</summary>
    public sealed class FakeNetworkLink : INetworkLink
    {
        /// <summary>Joins asked for.</summary>
        public int Joins { get; private set; }

        /// <summary>Leaves asked for.</summary>
        public int Leaves { get; private set; }

        /// <summary>The SSID of the last join.</summary>
        public string Ssid { get; private set; }

        /// <summary>The server the time was asked of, or null.</summary>
        public string TimeServer { get; private set; }

        /// <inheritdoc />
        public bool IsConnected { get; private set; }

        /// <inheritdoc />
        public bool IsJoining
        {
            get { return false; }
        }

        /// <inheritdoc />
        public DateTime UtcNow { get; set; } = new DateTime(1970, 1, 1);

        /// <inheritdoc />
        public void BeginConnect(string ssid, string password, int timeoutMs)
        {
            Joins++;
            Ssid = ssid;
            IsConnected = true;
        }

        /// <inheritdoc />
        public void Disconnect()
        {
            Leaves++;
            IsConnected = false;
        }

        /// <inheritdoc />
        public void StartTime(string server)
        {
            TimeServer = server;
        }
    }
}
