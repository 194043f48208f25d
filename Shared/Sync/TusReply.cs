namespace BwcFirmware.Shared.Sync
{
    /// <summary>One tus answer, checked and reduced to what the sync agent needs.</summary>
    public sealed class TusReply
    {
        /// <summary>Creates a reply; <see cref="TusClient"/> fills in the rest.</summary>
        public TusReply(TusReplyKind kind, int statusCode, TransportFailure failure)
        {
            Kind = kind;
            StatusCode = statusCode;
            Failure = failure;
            Offset = -1;
            Length = -1;
            MaxSize = -1;
        }

        /// <summary>What the answer means.</summary>
        public TusReplyKind Kind { get; }

        /// <summary>HTTP status (0 with no answer).</summary>
        public int StatusCode { get; }

        /// <summary>Why there was no answer.</summary>
        public TransportFailure Failure { get; }

        /// <summary>Upload-Offset the station reported, or -1.</summary>
        public long Offset { get; set; }

        /// <summary>Upload-Length the station reported, or -1.</summary>
        public long Length { get; set; }

        /// <summary>Absolute upload URL from a creation answer, or null.</summary>
        public string Location { get; set; }

        /// <summary>The SHA-256 (lower-case hex) the station computed over the finished upload, or null (see the confirmation profile).</summary>
        public string ComputedSha256 { get; set; }

        /// <summary>Tus-Extension list from OPTIONS, or null.</summary>
        public string Extensions { get; set; }

        /// <summary>Tus-Max-Size from OPTIONS, or -1 when the station sets no limit.</summary>
        public long MaxSize { get; set; }

        /// <summary>The station's HTTP Date header, or null.</summary>
        public string Date { get; set; }

        /// <summary>A short description for the engineer's log ("PATCH 409", "HEAD timeout").</summary>
        public string Describe(string method)
        {
            if (Kind == TusReplyKind.NoAnswer)
            {
                return method + " " + FailureName(Failure);
            }

            return method + " " + StatusCode.ToString() + (Kind == TusReplyKind.Malformed ? " malformed" : string.Empty);
        }

        /// <summary>Lower-case name of <paramref name="failure"/> (enum names are numbers on the device).</summary>
        public static string FailureName(TransportFailure failure)
        {
            switch (failure)
            {
                case TransportFailure.None:
                    return "none";
                case TransportFailure.Unreachable:
                    return "unreachable";
                case TransportFailure.Timeout:
                    return "timeout";
                case TransportFailure.Interrupted:
                    return "interrupted";
                case TransportFailure.Untrusted:
                    return "untrusted";
                case TransportFailure.CardRead:
                    return "card-read";
                default:
                    return "unknown";
            }
        }
    }
}
