#nullable disable
using BwcFirmware.Shared.Loop;

// Portable fake (no generics, no LINQ): runs on nanoCLR with the device tests and on the host.
namespace BwcFirmware.DeviceTests.Fakes.Loop
{
    /// <summary>A slot holding a card of <see cref="CapacityBytes"/> while <see cref="CardIn"/>.</summary>
    public sealed class FakeCardMount : ICardMount
    {
        /// <summary>A slot with a card of <paramref name="capacityBytes"/>.</summary>
        public FakeCardMount(long capacityBytes)
        {
            CapacityBytes = capacityBytes;
            CardIn = true;
        }

        /// <summary>Whether a card is in the slot.</summary>
        public bool CardIn { get; set; }

        /// <summary>Mounts tried.</summary>
        public int MountTries { get; private set; }

        /// <summary>True once unmounted.</summary>
        public bool Unmounted { get; private set; }

        /// <inheritdoc />
        public long CapacityBytes { get; private set; }

        /// <inheritdoc />
        public bool TryMount()
        {
            MountTries++;
            return CardIn;
        }

        /// <inheritdoc />
        public void Unmount()
        {
            Unmounted = true;
        }
    }
}
