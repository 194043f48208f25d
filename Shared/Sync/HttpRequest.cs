using System.Collections;

namespace BwcFirmware.Shared.Sync
{
    /// <summary>An HTTP request for <see cref="IHttpTransport"/>: method, absolute URL, headers and an optional body taken from a card file.</summary>
    public sealed class HttpRequest
    {
        private readonly ArrayList _headerNames = new ArrayList();
        private readonly ArrayList _headerValues = new ArrayList();

        /// <summary>Creates a request without a body.</summary>
        public HttpRequest(string method, string url, int timeoutMs)
        {
            Method = method;
            Url = url;
            TimeoutMs = timeoutMs;
        }

        /// <summary>HTTP method in upper case ("PATCH").</summary>
        public string Method { get; }

        /// <summary>Absolute URL.</summary>
        public string Url { get; }

        /// <summary>How long the whole exchange may take, in milliseconds.</summary>
        public int TimeoutMs { get; }

        /// <summary>Card path of the body, or null for no body.</summary>
        public string BodyPath { get; private set; }

        /// <summary>Where in <see cref="BodyPath"/> the body starts.</summary>
        public long BodyOffset { get; private set; }

        /// <summary>Body length in bytes (the Content-Length).</summary>
        public long BodyLength { get; private set; }

        /// <summary>Media type of the body, or null.</summary>
        public string BodyContentType { get; private set; }

        /// <summary>Number of headers set.</summary>
        public int HeaderCount
        {
            get { return _headerNames.Count; }
        }

        /// <summary>Adds a header (the transport sends them in this order).</summary>
        public void AddHeader(string name, string value)
        {
            _headerNames.Add(name);
            _headerValues.Add(value);
        }

        /// <summary>Name of header <paramref name="index"/>.</summary>
        public string HeaderName(int index)
        {
            return (string)_headerNames[index];
        }

        /// <summary>Value of header <paramref name="index"/>.</summary>
        public string HeaderValue(int index)
        {
            return (string)_headerValues[index];
        }

        /// <summary>The value of header <paramref name="name"/> (any case), or null.</summary>
        public string GetHeader(string name)
        {
            for (int i = 0; i < _headerNames.Count; i++)
            {
                if (SyncText.EqualsIgnoreCase((string)_headerNames[i], name))
                {
                    return (string)_headerValues[i];
                }
            }

            return null;
        }

        /// <summary>Sends <paramref name="length"/> bytes of card file <paramref name="path"/> from <paramref name="offset"/> as the body.</summary>
        public void SetFileBody(string path, long offset, long length, string contentType)
        {
            BodyPath = path;
            BodyOffset = offset;
            BodyLength = length;
            BodyContentType = contentType;
        }
    }
}
