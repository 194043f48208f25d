namespace BwcFirmware.Shared.Sync
{
    /// <summary>Why a request got no HTTP answer. The sync agent treats each differently.</summary>
    public enum TransportFailure
    {
        /// <summary>An HTTP answer arrived (whatever its status).</summary>
        None = 0,

        /// <summary>No connection: station down, restarting, or no route.</summary>
        Unreachable = 1,

        /// <summary>The station did not answer within the request's timeout.</summary>
        Timeout = 2,

        /// <summary>The connection broke while the request or the answer was under way.</summary>
        Interrupted = 3,

        /// <summary>TLS refused: the station's certificate does not chain to the pinned CA.</summary>
        Untrusted = 4,

        /// <summary>The body could not be read from the card; the station is not at fault.</summary>
        CardRead = 5,
    }
}
