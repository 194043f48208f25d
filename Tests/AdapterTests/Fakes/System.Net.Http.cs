// Fakes of nanoFramework.System.Net.Http 1.5.210 (HttpWebRequest and the types around it), with the members
// Tests/NanoFrameworkReferences/System.Net.Http.cs declares. Behaviour comes from the test: FakeWeb.Script decides
// what each request does when it connects (GetRequestStream, or GetResponse without a body).
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace System.Net
{
    public abstract class WebRequest : MarshalByRefObject, IDisposable
    {
        public static WebRequest Create(string requestUriString)
        {
            HttpWebRequest request = new HttpWebRequest(requestUriString);
            FakeWeb.Created.Add(request);
            return request;
        }

        public void Dispose()
        {
        }
    }

    public class HttpWebRequest : WebRequest
    {
        private bool _connected;

        internal HttpWebRequest(string url)
        {
            Url = url;
            Headers = new WebHeaderCollection();

            // The library's defaults (HttpWebRequest.cs:1054, WebRequest.cs:24); SslVerification starts at 0.
            Timeout = 100000;
            ReadWriteTimeout = 5 * 60 * 1000;
        }

        public string Url { get; }

        public string Method { get; set; }

        public int Timeout { get; set; }

        public int ReadWriteTimeout { get; set; }

        public bool KeepAlive { get; set; }

        public bool AllowWriteStreamBuffering { get; set; }

        public X509Certificate HttpsAuthentCert { get; set; }

        public SslProtocols SslProtocols { get; set; }

        public SslVerification SslVerification { get; set; }

        public long ContentLength { get; set; }

        public string ContentType { get; set; }

        public WebHeaderCollection Headers { get; set; }

        /// <summary>Bytes the transport wrote as the request body.</summary>
        public MemoryStream Body { get; } = new MemoryStream();

        public Stream GetRequestStream()
        {
            Connect();
            return new NonClosingStream(Body);
        }

        public WebResponse GetResponse()
        {
            try
            {
                Connect();
                return FakeWeb.Script.Answer(this);
            }
            catch (Exception e)
            {
                // As the library does: every failure inside GetResponse is wrapped without a status (:1850, :1854).
                throw new WebException("GetResponse() failed", e);
            }
        }

        private void Connect()
        {
            if (!_connected)
            {
                _connected = true;
                FakeWeb.Script.Connect(this);
            }
        }
    }

    public abstract class WebResponse : MarshalByRefObject, IDisposable
    {
        public void Dispose()
        {
        }
    }

    public class HttpWebResponse : WebResponse
    {
        private readonly byte[] _body;

        public HttpWebResponse(HttpStatusCode statusCode, byte[] body)
        {
            StatusCode = statusCode;
            _body = body ?? new byte[0];
            Headers = new WebHeaderCollection();
        }

        public HttpStatusCode StatusCode { get; }

        public long ContentLength => _body.Length;

        public WebHeaderCollection Headers { get; }

        public Stream GetResponseStream() => new MemoryStream(_body);
    }

    public class WebHeaderCollection
    {
        private readonly List<string> _keys = new List<string>();
        private readonly Dictionary<string, string> _values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public string this[string header] => _values.TryGetValue(header, out string value) ? value : null;

        public string[] AllKeys => _keys.ToArray();

        public void Add(string name, string value)
        {
            if (!_values.ContainsKey(name))
            {
                _keys.Add(name);
            }

            _values[name] = value;
        }
    }

    public class WebException : InvalidOperationException
    {
        public WebException(string message)
            : base(message)
        {
        }

        public WebException(string message, Exception innerException)
            : base(message, innerException)
        {
        }

        public WebException(string message, WebExceptionStatus status)
            : base(message)
        {
            Status = status;
        }

        public WebException(string message, Exception inner, WebExceptionStatus status, WebResponse response)
            : base(message, inner)
        {
            Status = status;
        }

        public WebExceptionStatus Status { get; }
    }

    public enum WebExceptionStatus
    {
        Success = 0,
        NameResolutionFailure = 1,
        ConnectFailure = 2,
        ReceiveFailure = 3,
        SendFailure = 4,
        PipelineFailure = 5,
        RequestCanceled = 6,
        ProtocolError = 7,
        ConnectionClosed = 8,
        TrustFailure = 9,
        SecureChannelFailure = 10,
        ServerProtocolViolation = 11,
        KeepAliveFailure = 12,
        Pending = 13,
        Timeout = 14,
        ProxyNameResolutionFailure = 15,
    }

    /// <summary>A stream over the request's body that the transport's using block cannot close.</summary>
    internal sealed class NonClosingStream : Stream
    {
        private readonly Stream _inner;

        public NonClosingStream(Stream inner)
        {
            _inner = inner;
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _inner.Length;

        public override long Position { get => _inner.Position; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _inner.Write(buffer, offset, count);
    }
}
