namespace BwcFirmware.Shared.Loop
{
    /// <summary>The card slot: mounting the card whose files the agent works on, and the room its file system gives them.</summary>
    public interface ICardMount
    {
        /// <summary>
        /// Bytes the mounted card offers files in all (its size less what the file system keeps for itself), or 0
        /// when unknown. The agent's one space account starts from it and counts what is on the card.
        /// </summary>
        long CapacityBytes { get; }

        /// <summary>Mounts the card; false when there is none or it cannot be read (never throws).</summary>
        bool TryMount();

        /// <summary>Unmounts the card after every file is closed.</summary>
        void Unmount();
    }
}
