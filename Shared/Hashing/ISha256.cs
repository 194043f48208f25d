namespace BwcFirmware.Shared.Hashing
{
    /// <summary>
    /// A streaming SHA-256. The portable implementation is far below the camera's video rate on nanoFramework's
    /// interpreter (README's performance table), so the device can plug in a native one behind this interface.
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
