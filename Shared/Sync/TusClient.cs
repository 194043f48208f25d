namespace BwcFirmware.Shared.Sync
{
    /// <summary>
    /// tus 1.0.0 client (core, creation, termination) over <see cref="IHttpTransport"/>. Each call is exactly one
    /// HTTP request, so the sync agent can interleave them with the rest of the device loop. Answers are
    /// checked strictly: a 2xx that misses a required header or reports an impossible offset comes back as
    /// <see cref="TusReplyKind.Malformed"/>, never as success.
    /// </summary>
    public sealed class TusClient
    {
        /// <summary>The protocol version this client speaks.</summary>
        public const string Version = "1.0.0";

        /// <summary>Header of the confirmation profile: the SHA-256 the station computed over a finished upload (see Shared/Sync/README.md).</summary>
        public const string ComputedSha256Header = "Upload-Computed-Sha256";

        /// <summary>Media type of PATCH bodies.</summary>
        public const string OffsetOctetStream = "application/offset+octet-stream";

        private readonly IHttpTransport _transport;
        private readonly string _creationUrl;
        private readonly string _origin;

        /// <summary>Creates a client for the creation endpoint <paramref name="creationUrl"/> (e.g. "https://station:1080/files/").</summary>
        public TusClient(IHttpTransport transport, string creationUrl)
        {
            _transport = transport;
            _creationUrl = creationUrl;
            _origin = OriginOf(creationUrl);
            RequestTimeoutMs = 10000;
            PatchTimeoutMs = 60000;
        }

        /// <summary>Timeout of OPTIONS, POST, HEAD and DELETE, in milliseconds.</summary>
        public int RequestTimeoutMs { get; set; }

        /// <summary>Timeout of one PATCH piece, in milliseconds.</summary>
        public int PatchTimeoutMs { get; set; }

        /// <summary>The creation endpoint.</summary>
        public string CreationUrl
        {
            get { return _creationUrl; }
        }

        /// <summary>OPTIONS: the station's versions, extensions and maximum size.</summary>
        public TusReply Options()
        {
            HttpRequest request = new HttpRequest("OPTIONS", _creationUrl, RequestTimeoutMs);
            HttpResponse response = _transport.Send(request);
            TusReply reply = Classify(response, false);
            if (reply.Kind != TusReplyKind.Ok)
            {
                return reply;
            }

            string versions = response.GetHeader("Tus-Version");
            if (versions == null)
            {
                return Malformed(response);
            }

            if (versions.IndexOf(Version) < 0)
            {
                return Reply(TusReplyKind.VersionRejected, response);
            }

            reply.Extensions = response.GetHeader("Tus-Extension");
            long maxSize;
            string max = response.GetHeader("Tus-Max-Size");
            if (max != null)
            {
                if (!SyncText.TryParseNonNegative(max, out maxSize))
                {
                    return Malformed(response);
                }

                reply.MaxSize = maxSize;
            }

            return reply;
        }

        /// <summary>POST (creation): a new upload of <paramref name="length"/> bytes described by <paramref name="metadata"/>.</summary>
        public TusReply Create(long length, TusMetadata metadata)
        {
            HttpRequest request = new HttpRequest("POST", _creationUrl, RequestTimeoutMs);
            request.AddHeader("Tus-Resumable", Version);
            request.AddHeader("Upload-Length", length.ToString());
            if (metadata != null && metadata.Header.Length > 0)
            {
                request.AddHeader("Upload-Metadata", metadata.Header);
            }

            HttpResponse response = _transport.Send(request);
            TusReply reply = Classify(response, true);
            if (reply.Kind != TusReplyKind.Ok)
            {
                return reply;
            }

            string location = Resolve(response.GetHeader("Location"));
            if (response.StatusCode != 201 || location == null)
            {
                return Malformed(response);
            }

            reply.Location = location;
            return reply;
        }

        /// <summary>HEAD: where the station is in upload <paramref name="uploadUrl"/> (and its confirmed hash once finished).</summary>
        public TusReply Head(string uploadUrl)
        {
            HttpRequest request = new HttpRequest("HEAD", uploadUrl, RequestTimeoutMs);
            request.AddHeader("Tus-Resumable", Version);
            HttpResponse response = _transport.Send(request);
            TusReply reply = Classify(response, true);
            if (reply.Kind != TusReplyKind.Ok)
            {
                return reply;
            }

            long offset;
            if (!SyncText.TryParseNonNegative(response.GetHeader("Upload-Offset"), out offset))
            {
                return Malformed(response);
            }

            reply.Offset = offset;
            long length;
            string lengthHeader = response.GetHeader("Upload-Length");
            if (lengthHeader != null)
            {
                if (!SyncText.TryParseNonNegative(lengthHeader, out length) || offset > length)
                {
                    return Malformed(response);
                }

                reply.Length = length;
            }

            return WithComputedHash(reply, response);
        }

        /// <summary>
        /// PATCH: <paramref name="count"/> bytes of card file <paramref name="path"/> from <paramref name="offset"/>,
        /// which is also the upload offset. Sent as POST with X-HTTP-Method-Override when the transport cannot PATCH.
        /// </summary>
        public TusReply Patch(string uploadUrl, string path, long offset, long count)
        {
            HttpRequest request;
            if (_transport.CanSendPatch)
            {
                request = new HttpRequest("PATCH", uploadUrl, PatchTimeoutMs);
            }
            else
            {
                request = new HttpRequest("POST", uploadUrl, PatchTimeoutMs);
                request.AddHeader("X-HTTP-Method-Override", "PATCH");
            }

            request.AddHeader("Tus-Resumable", Version);
            request.AddHeader("Upload-Offset", offset.ToString());
            request.SetFileBody(path, offset, count, OffsetOctetStream);
            HttpResponse response = _transport.Send(request);
            TusReply reply = Classify(response, true);
            if (reply.Kind == TusReplyKind.ChecksumMismatch)
            {
                return WithComputedHash(reply, response);
            }

            if (reply.Kind != TusReplyKind.Ok)
            {
                return reply;
            }

            // The station may keep fewer bytes than sent, never more, and never go back.
            long newOffset;
            if (!SyncText.TryParseNonNegative(response.GetHeader("Upload-Offset"), out newOffset)
                || newOffset < offset || newOffset > offset + count)
            {
                return Malformed(response);
            }

            reply.Offset = newOffset;
            return WithComputedHash(reply, response);
        }

        /// <summary>DELETE (termination): the station may drop upload <paramref name="uploadUrl"/>.</summary>
        public TusReply Delete(string uploadUrl)
        {
            HttpRequest request = new HttpRequest("DELETE", uploadUrl, RequestTimeoutMs);
            request.AddHeader("Tus-Resumable", Version);
            return Classify(_transport.Send(request), true);
        }

        private static TusReply WithComputedHash(TusReply reply, HttpResponse response)
        {
            string confirmed = response.GetHeader(ComputedSha256Header);
            if (confirmed != null)
            {
                confirmed = confirmed.Trim();
                if (!SyncText.IsSha256Hex(confirmed))
                {
                    return Malformed(response);
                }

                reply.ComputedSha256 = confirmed.ToLower();
            }

            return reply;
        }

        private static TusReply Classify(HttpResponse response, bool requireTusResumable)
        {
            if (response.Failure != TransportFailure.None)
            {
                return new TusReply(TusReplyKind.NoAnswer, 0, response.Failure);
            }

            int status = response.StatusCode;
            if (status >= 200 && status <= 299)
            {
                // A proxy or captive portal answering 200 to anything is not a tus station.
                if (requireTusResumable && response.GetHeader("Tus-Resumable") != Version)
                {
                    return Malformed(response);
                }

                return Reply(TusReplyKind.Ok, response);
            }

            return Reply(KindOf(status), response);
        }

        private static TusReplyKind KindOf(int status)
        {
            switch (status)
            {
                case 401:
                case 403:
                    return TusReplyKind.Unauthorized;
                case 404:
                case 410:
                    return TusReplyKind.Gone;
                case 409:
                    return TusReplyKind.OffsetMismatch;
                case 412:
                    return TusReplyKind.VersionRejected;
                case 413:
                    return TusReplyKind.TooLarge;
                case 460:
                    return TusReplyKind.ChecksumMismatch;
                case 507:
                    return TusReplyKind.StationFull;
                case 408:
                case 423:
                case 429:
                    return TusReplyKind.ServerError;
                default:
                    return status >= 500 ? TusReplyKind.ServerError : TusReplyKind.ClientError;
            }
        }

        private static TusReply Reply(TusReplyKind kind, HttpResponse response)
        {
            TusReply reply = new TusReply(kind, response.StatusCode, TransportFailure.None);
            reply.Date = response.GetHeader("Date");
            return reply;
        }

        private static TusReply Malformed(HttpResponse response)
        {
            return Reply(TusReplyKind.Malformed, response);
        }

        /// <summary>
        /// Makes a Location absolute. An absolute Location must stay on the station's scheme, host and port: a
        /// station must not send evidence elsewhere (or from https to http).
        /// </summary>
        private string Resolve(string location)
        {
            if (location == null)
            {
                return null;
            }

            location = location.Trim();
            if (location.Length == 0)
            {
                return null;
            }

            if (location.IndexOf("://") >= 0)
            {
                return location.IndexOf(_origin + "/") == 0 ? location : null;
            }

            if (location[0] == '/')
            {
                return _origin + location;
            }

            int slash = _creationUrl.LastIndexOf('/');
            return _creationUrl.Substring(0, slash + 1) + location;
        }

        private static string OriginOf(string url)
        {
            int scheme = url.IndexOf("://");
            if (scheme < 0)
            {
                return url;
            }

            int path = url.IndexOf('/', scheme + 3);
            return path < 0 ? url : url.Substring(0, path);
        }
    }
}
