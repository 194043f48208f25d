namespace BwcFirmware.Shared.Hashing
{
    /// <summary>
    /// A streaming SHA-256. The portable implementation hashes about 0.5 MB/s on nanoFramework's interpreter,
    /// below the camera's video rate, so the device can plug in a native implementation behind this interface.
    /// </summary>
    public interface ISha256
    {
        /// <summary>Starts a new digest, forgetting anything appended.</summary>
        void Reset();

        /// <summary>Adds bytes to the digest.</summary>
        void Append(byte[] buffer, int offset, int count);

        /// <summary>Writes the 32-byte digest into <paramref name="digest"/> at <paramref name="offset"/>, then resets.</summary>
        void Finish(byte[] digest, int offset);
    }
}
