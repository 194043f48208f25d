namespace BwcFirmware.Shared.Sync
{
    /// <summary>
    /// Why sync cannot go on, in plain words for the officer's status and the shift report ("station refused the
    /// token (401)", "station unreachable"). The engineer's detail (method, status, file) stays in
    /// <see cref="SyncAgent.LastFault"/>.
    /// </summary>
    public static class SyncReasons
    {
        /// <summary>The reason <paramref name="reply"/> gives for waiting, or "" without a reply.</summary>
        public static string Of(TusReply reply)
        {
            if (reply == null)
            {
                return string.Empty;
            }

            string code = " (" + reply.StatusCode.ToString() + ")";
            switch (reply.Kind)
            {
                case TusReplyKind.NoAnswer:
                    return OfFailure(reply.Failure);
                case TusReplyKind.Unauthorized:
                    return reply.StatusCode == 403 ? "station refused this device" + code : "station refused the token" + code;
                case TusReplyKind.VersionRejected:
                    return "station does not speak tus 1.0.0" + code;
                case TusReplyKind.StationFull:
                    return "station full" + code;
                case TusReplyKind.ServerError:
                    return reply.StatusCode == 429 ? "station busy" + code : "station error" + code;
                case TusReplyKind.Malformed:
                    return "bad reply from the station" + code;
                case TusReplyKind.OffsetMismatch:
                    return "station keeps reporting another offset" + code;
                case TusReplyKind.Gone:
                    return "station lost the upload" + code;
                case TusReplyKind.ChecksumMismatch:
                    return "station's hash differs" + code;
                case TusReplyKind.TooLarge:
                    return "station refused the size" + code;
                case TusReplyKind.ClientError:
                    return "station refused the request" + code;
                default:
                    return "station's answer does not match the file" + code;
            }
        }

        /// <summary>Plain words for a request that got no HTTP answer.</summary>
        public static string OfFailure(TransportFailure failure)
        {
            switch (failure)
            {
                case TransportFailure.Unreachable:
                    return "station unreachable";
                case TransportFailure.Timeout:
                    return "station did not answer in time";
                case TransportFailure.Interrupted:
                    return "connection to the station broke";
                case TransportFailure.Untrusted:
                    return "station certificate not trusted (TLS)";
                case TransportFailure.CardRead:
                    return "card could not be read";
                default:
                    return "no answer from the station";
            }
        }
    }
}
