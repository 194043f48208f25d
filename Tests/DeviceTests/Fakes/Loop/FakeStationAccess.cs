#nullable disable
using BwcFirmware.Shared.Loop;

// Portable fake (no generics, no LINQ): runs on nanoCLR with the device tests and on the host.
namespace BwcFirmware.DeviceTests.Fakes.Loop
{
    /// <summary>Keeps what the loop handed the transport.</summary>
    public sealed class FakeStationAccess : IStationAccess
    {
        /// <summary>Whether the card holds the CA.</summary>
        public bool CaOnCard { get; set; }

        /// <summary>The token handed over.</summary>
        public string Token { get; private set; }

        /// <summary>The link state handed over last.</summary>
        public bool NetworkUp { get; private set; }

        /// <inheritdoc />
        public void TakeToken(string token)
        {
            Token = token;
        }

        /// <inheritdoc />
        public bool TakeCa(string cardFile)
        {
            return CaOnCard;
        }

        /// <inheritdoc />
        public void SetNetworkUp(bool up)
        {
            NetworkUp = up;
        }
    }
}
