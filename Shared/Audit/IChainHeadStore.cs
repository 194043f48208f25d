namespace BwcFirmware.Shared.Audit
{
    /// <summary>
    /// A small store beside the card that the card cannot take with it: on the board a pair of files on the
    /// internal flash drive, in the simulator a folder. Two slots, written in turn, so a power cut during one
    /// write leaves the other whole (<see cref="ChainHeadKeeper"/> picks the newer valid one).
    /// </summary>
    public interface IChainHeadStore
    {
        /// <summary>The bytes stored in <paramref name="slot"/> (0 or 1), or null when it holds nothing.</summary>
        byte[] Read(int slot);

        /// <summary>Replaces <paramref name="slot"/> (0 or 1) with <paramref name="bytes"/>; throws when the store fails.</summary>
        void Write(int slot, byte[] bytes);
    }
}
