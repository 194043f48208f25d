// Mirrors nanoFramework.System.Net 1.11.60 (assembly System.Net 1.11.60.0), source of nanoframework/System.Net on
// its 1.11 line (tag v1.11.54, the last 1.11 tag in the mirror read; the members below are unchanged since).
// Only the members BwcFirmware's device code uses; signatures only, every
// body throws. Compile check only: never shipped, never deployed.
// SslProtocols and SslVerification: Security/NetworkSecurity.cs; SocketException: SocketException.cs.
using System;

namespace System.Security.Cryptography.X509Certificates
{
    public class X509Certificate
    {
        public X509Certificate(byte[] certificate) => throw new NotImplementedException();

        public X509Certificate(string certificate) => throw new NotImplementedException();
    }
}

namespace System.Net.Security
{
    [Flags]
    public enum SslProtocols
    {
        None = 0x00,
        Tls12 = 3072,
        Tls13 = 12288,
    }

    public enum SslVerification
    {
        NoVerification = 1,
        VerifyPeer = 2,
        CertificateRequired = 4,
        VerifyClientOnce = 8,
    }
}

namespace System.Net.Sockets
{
    [Serializable]
    public class SocketException : Exception
    {
        private SocketException() => throw new NotImplementedException();
    }
}
