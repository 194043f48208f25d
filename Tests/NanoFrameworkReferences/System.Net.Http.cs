// Mirrors nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http 1.5.210.0), source tag v1.5.210 of
// nanoframework/System.Net.Http; the virtual/override layering of WebRequest and WebResponse is flattened onto the
// classes used. Only the members BwcFirmware's device code uses; signatures only, every
// body throws. Compile check only: never shipped, never deployed.
using System;
using System.IO;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace System.Net
{
    public abstract class WebRequest : MarshalByRefObject, IDisposable
    {
        public static WebRequest Create(string requestUriString) => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }

    public class HttpWebRequest : WebRequest
    {
        private HttpWebRequest() => throw new NotImplementedException();

        public string Method { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }

        public int Timeout { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }

        public int ReadWriteTimeout { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }

        public bool KeepAlive { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }

        public bool AllowWriteStreamBuffering { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }

        public X509Certificate HttpsAuthentCert { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }

        public SslProtocols SslProtocols { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }

        public SslVerification SslVerification { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }

        public long ContentLength { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }

        public string ContentType { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }

        public WebHeaderCollection Headers { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }

        public Stream GetRequestStream() => throw new NotImplementedException();

        public WebResponse GetResponse() => throw new NotImplementedException();
    }

    public abstract class WebResponse : MarshalByRefObject, IDisposable
    {
        public void Dispose() => throw new NotImplementedException();
    }

    public class HttpWebResponse : WebResponse
    {
        private HttpWebResponse() => throw new NotImplementedException();

        public HttpStatusCode StatusCode => throw new NotImplementedException();

        public long ContentLength => throw new NotImplementedException();

        public WebHeaderCollection Headers => throw new NotImplementedException();

        public Stream GetResponseStream() => throw new NotImplementedException();
    }

    public class WebHeaderCollection
    {
        public WebHeaderCollection() => throw new NotImplementedException();

        public string this[string header] => throw new NotImplementedException();

        public string[] AllKeys => throw new NotImplementedException();

        public void Add(string name, string value) => throw new NotImplementedException();
    }

    public class WebException : InvalidOperationException
    {
        public WebException() => throw new NotImplementedException();

        public WebExceptionStatus Status => throw new NotImplementedException();
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

    public enum HttpStatusCode
    {
        OK = 200,
    }
}
