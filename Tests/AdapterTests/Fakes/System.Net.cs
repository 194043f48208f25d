// Fakes of the nanoFramework.System.Net 1.11.60 types the transport uses, as Tests/NanoFrameworkReferences/
// System.Net.cs declares them (enum values are the library's). SocketException is .NET's own here.
using System;

namespace System.Security.Cryptography.X509Certificates
{
    public class X509Certificate
    {
        public X509Certificate(string certificate)
        {
            Text = certificate;
        }

        public string Text { get; }
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
