namespace BwcFirmware.Drivers.Host.NativeMedia
{
    /// <summary>The native media path's return codes (Drivers/NativeMedia/include/nm_result.h).</summary>
    public enum NativeResult
    {
        /// <summary>Done.</summary>
        Ok = 0,

        /// <summary>A null pointer, a size out of range, a buffer too small.</summary>
        BadArgument = -1,

        /// <summary>Not valid now (no chunk open, chunk open, after a fault).</summary>
        BadState = -2,

        /// <summary>The chunk's index has no room for another entry.</summary>
        IndexFull = -3,

        /// <summary>The chunk grew past 1 GB.</summary>
        ChunkTooLong = -4,

        /// <summary>The card reported a write or read error.</summary>
        WriteError = -5,

        /// <summary>No space left on the card.</summary>
        CardFull = -6,

        /// <summary>The card is gone (removed, or a power cut in a test).</summary>
        CardRemoved = -7,

        /// <summary>mbedTLS failed.</summary>
        HashError = -8,

        /// <summary>The card holds a different length than was written.</summary>
        LengthMismatch = -9,

        /// <summary>PCM arrived with no chunk open and no room to hold it.</summary>
        AudioOverrun = -10,
    }
}
