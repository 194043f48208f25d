namespace BwcFirmware.Shared.Sync
{
    /// <summary>What a tus answer means to the sync agent, whatever the exact status code.</summary>
    public enum TusReplyKind
    {
        /// <summary>Success with every header the request needs, well-formed.</summary>
        Ok = 0,

        /// <summary>No HTTP answer; see <see cref="TusReply.Failure"/>.</summary>
        NoAnswer = 1,

        /// <summary>409: the offset sent is not the station's; ask with HEAD.</summary>
        OffsetMismatch = 2,

        /// <summary>404 or 410: the upload is gone from the station.</summary>
        Gone = 3,

        /// <summary>412: the station does not speak tus 1.0.0.</summary>
        VersionRejected = 4,

        /// <summary>413: too large (the file for the station, or the piece for its body limit).</summary>
        TooLarge = 5,

        /// <summary>460: the station computed another checksum.</summary>
        ChecksumMismatch = 6,

        /// <summary>401 or 403: the device credential is refused.</summary>
        Unauthorized = 7,

        /// <summary>Station out of space (507).</summary>
        StationFull = 8,

        /// <summary>Any other 4xx: this request will not succeed as it is.</summary>
        ClientError = 9,

        /// <summary>5xx or 429: the station has trouble; try later.</summary>
        ServerError = 10,

        /// <summary>A 2xx that breaks the protocol (missing or impossible headers): never trusted.</summary>
        Malformed = 11,
    }
}
