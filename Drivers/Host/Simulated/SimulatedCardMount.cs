using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Drivers.Host.Simulated
{
    /// <summary>The simulated slot: the card mounts while it is in and powered; its capacity is the simulated card's size.</summary>
    public sealed class SimulatedCardMount : ICardMount
    {
        private readonly FaultInjectingCardFileSystem _card;

        /// <summary>The slot holding <paramref name="card"/>.</summary>
        public SimulatedCardMount(FaultInjectingCardFileSystem card)
        {
            _card = card;
        }

        /// <inheritdoc />
        public long CapacityBytes => _card.CapacityBytes < 0 ? 0 : _card.CapacityBytes;

        /// <inheritdoc />
        public bool TryMount() => _card.IsAlive;

        /// <inheritdoc />
        public void Unmount()
        {
        }
    }
}
