#nullable disable
using System;
using System.Collections;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Sync;

namespace BwcFirmware.DeviceTests.Fakes
{
    /// <summary>
    /// An in-memory tus 1.0 station behind <see cref="IHttpTransport"/>, portable so it runs on nanoCLR: it reads
    /// PATCH bodies from the card as the real transports do, confirms a finished upload with the SHA-256 it
    /// computed (Upload-Computed-Sha256), and can break one PATCH after some bytes to play a cut connection.
    /// </summary>
    public sealed class FakeTusStation : IHttpTransport
    {
        /// <summary>The creation URL the tests give the client.</summary>
        public const string Url = "http://station.test:1080/files/";

        /// <summary>The Date header of every answer.</summary>
        public const string Date = "Thu, 26 Nov 2026 04:05:06 GMT";

        private readonly ICardFileSystem _card;
        private readonly ArrayList _uploads = new ArrayList();
        private readonly ArrayList _log = new ArrayList();
        private long _cutNextPatchAfter = -1;

        /// <summary>Creates a station reading bodies from <paramref name="card"/>.</summary>
        public FakeTusStation(ICardFileSystem card)
        {
            _card = card;
        }

        /// <inheritdoc />
        public bool CanSendPatch
        {
            get { return true; }
        }

        /// <summary>When true, a finished upload is confirmed with a hash that is not the hash of its bytes.</summary>
        public bool LiesAboutHash { get; set; }

        /// <summary>Uploads created so far.</summary>
        public int UploadCount
        {
            get { return _uploads.Count; }
        }

        /// <summary>Requests received so far.</summary>
        public int RequestCount
        {
            get { return _log.Count; }
        }

        /// <summary>Request <paramref name="index"/> as "METHOD id offset+length" (offset and length for PATCH only).</summary>
        public string Request(int index)
        {
            return (string)_log[index];
        }

        /// <summary>The next PATCH stores only <paramref name="bytes"/> of its body, then the connection breaks.</summary>
        public void CutNextPatchAfter(long bytes)
        {
            _cutNextPatchAfter = bytes;
        }

        /// <summary>Bytes held for upload <paramref name="index"/> (in creation order).</summary>
        public long HeldBytes(int index)
        {
            return ((StationUpload)_uploads[index]).Received;
        }

        /// <summary>Hex SHA-256 of what upload <paramref name="index"/> holds.</summary>
        public string HeldSha256(int index)
        {
            StationUpload upload = (StationUpload)_uploads[index];
            return TestBytes.Sha256Hex(upload.Bytes, (int)upload.Received);
        }

        /// <summary>The "filename" metadata of upload <paramref name="index"/>.</summary>
        public string FileName(int index)
        {
            return ((StationUpload)_uploads[index]).FileName;
        }

        /// <inheritdoc />
        public HttpResponse Send(HttpRequest request)
        {
            string id = request.Url.Substring(request.Url.LastIndexOf('/') + 1);
            switch (request.Method)
            {
                case "OPTIONS":
                    _log.Add("OPTIONS");
                    HttpResponse options = Answer(204);
                    options.AddHeader("Tus-Version", TusClient.Version);
                    options.AddHeader("Tus-Extension", "creation,termination");
                    return options;
                case "POST":
                    _log.Add("POST");
                    return Create(request);
                case "HEAD":
                    _log.Add("HEAD " + id);
                    return Head(Find(id));
                case "PATCH":
                    _log.Add("PATCH " + id + " " + request.BodyOffset.ToString() + "+" + request.BodyLength.ToString());
                    return Patch(Find(id), request);
                case "DELETE":
                    _log.Add("DELETE " + id);
                    return Answer(Find(id) == null ? 404 : 204);
                default:
                    return Answer(405);
            }
        }

        private HttpResponse Create(HttpRequest request)
        {
            long length;
            if (!TryParseLength(request.GetHeader("Upload-Length"), out length))
            {
                return Answer(400);
            }

            StationUpload upload = new StationUpload("u" + (_uploads.Count + 1).ToString(), length);
            upload.FileName = MetadataValue(request.GetHeader("Upload-Metadata"), "filename");
            _uploads.Add(upload);
            HttpResponse response = Answer(201);
            response.AddHeader("Location", "/files/" + upload.Id);
            return response;
        }

        private HttpResponse Head(StationUpload upload)
        {
            if (upload == null)
            {
                return Answer(404);
            }

            HttpResponse response = Answer(200);
            response.AddHeader("Upload-Offset", upload.Received.ToString());
            response.AddHeader("Upload-Length", upload.Length.ToString());
            if (upload.Received == upload.Length)
            {
                response.AddHeader(TusClient.ComputedSha256Header, Computed(upload));
            }

            return response;
        }

        private HttpResponse Patch(StationUpload upload, HttpRequest request)
        {
            if (upload == null)
            {
                return Answer(404);
            }

            long offset;
            if (!TryParseLength(request.GetHeader("Upload-Offset"), out offset) || offset != upload.Received)
            {
                return Answer(409);
            }

            long take = request.BodyLength;
            bool cut = _cutNextPatchAfter >= 0;
            if (cut && _cutNextPatchAfter < take)
            {
                take = _cutNextPatchAfter;
            }

            _cutNextPatchAfter = -1;
            byte[] body = new byte[(int)take];
            int got = 0;
            while (got < take)
            {
                int read = _card.Read(request.BodyPath, request.BodyOffset + got, body, got, (int)take - got);
                if (read <= 0)
                {
                    break;
                }

                got += read;
            }

            upload.Append(body, got);
            if (cut)
            {
                return HttpResponse.Failed(TransportFailure.Interrupted);
            }

            HttpResponse response = Answer(204);
            response.AddHeader("Upload-Offset", upload.Received.ToString());
            if (upload.Received == upload.Length)
            {
                response.AddHeader(TusClient.ComputedSha256Header, Computed(upload));
            }

            return response;
        }

        private string Computed(StationUpload upload)
        {
            return LiesAboutHash ? TestBytes.Sha256Hex(new byte[] { 1, 2, 3 }, 3) : TestBytes.Sha256Hex(upload.Bytes, (int)upload.Received);
        }

        private StationUpload Find(string id)
        {
            for (int i = 0; i < _uploads.Count; i++)
            {
                StationUpload upload = (StationUpload)_uploads[i];
                if (upload.Id == id)
                {
                    return upload;
                }
            }

            return null;
        }

        private static HttpResponse Answer(int status)
        {
            HttpResponse response = HttpResponse.Answered(status);
            response.AddHeader("Tus-Resumable", TusClient.Version);
            response.AddHeader("Date", Date);
            return response;
        }

        private static bool TryParseLength(string text, out long value)
        {
            value = 0;
            return text != null && long.TryParse(text, out value) && value >= 0;
        }

        /// <summary>The value of <paramref name="key"/> in a tus Upload-Metadata header (ASCII values only), or null.</summary>
        private static string MetadataValue(string header, string key)
        {
            if (header == null)
            {
                return null;
            }

            string[] pairs = header.Split(',');
            for (int i = 0; i < pairs.Length; i++)
            {
                string pair = pairs[i].Trim();
                int space = pair.IndexOf(' ');
                string name = space < 0 ? pair : pair.Substring(0, space);
                if (name != key)
                {
                    continue;
                }

                if (space < 0)
                {
                    return string.Empty;
                }

                byte[] bytes = Convert.FromBase64String(pair.Substring(space + 1));
                char[] chars = new char[bytes.Length];
                for (int c = 0; c < bytes.Length; c++)
                {
                    chars[c] = (char)bytes[c];
                }

                return new string(chars);
            }

            return null;
        }

        private sealed class StationUpload
        {
            public StationUpload(string id, long length)
            {
                Id = id;
                Length = length;
                Bytes = new byte[(int)length];
            }

            public string Id { get; }

            public long Length { get; }

            public byte[] Bytes { get; }

            public long Received { get; private set; }

            public string FileName { get; set; }

            public void Append(byte[] body, int count)
            {
                Array.Copy(body, 0, Bytes, (int)Received, count);
                Received += count;
            }
        }
    }
}
