namespace BwcFirmware.Shared.Hashing
{
    /// <summary>
    /// Hashes closed card files away from the frame path, one file at a time: the engine starts a file when it
    /// closes a chunk and collects the digest a few frames later, so closing a chunk never stalls the camera
    /// while seconds of video are read back. A hasher either works in slices when polled (one thread, e.g. the
    /// device's managed engine over its native SHA-256) or has a worker of its own (another core).
    /// </summary>
    public interface IFileHasher
    {
        /// <summary>True from <see cref="Start"/> until the digest has been collected or the work cancelled.</summary>
        bool IsBusy { get; }

        /// <summary>Bytes hashed for the digest last collected (the file's length as the card had it).</summary>
        long HashedBytes { get; }

        /// <summary>Starts hashing the closed file at <paramref name="path"/>; the hasher must not be busy.</summary>
        void Start(string path);

        /// <summary>
        /// Lets the work advance by about <paramref name="budgetBytes"/> (a hasher with its own worker only checks
        /// on it). True when the file is done: its digest is in <paramref name="digest"/> at
        /// <paramref name="offset"/> and the hasher is free. Throws <see cref="Card.CardException"/> when the
        /// file could not be read; the hasher is free again then too.
        /// </summary>
        bool TryFinish(long budgetBytes, byte[] digest, int offset);

        /// <summary>Completes the file now (waiting for a worker) and writes its digest; throws as <see cref="TryFinish"/>.</summary>
        void Finish(byte[] digest, int offset);

        /// <summary>Drops the file being hashed (a card fault, or the file is about to go); returns when it is no longer read.</summary>
        void Cancel();
    }
}
