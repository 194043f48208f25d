using System;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace BwcFirmware.Drivers.Host.Http
{
    /// <summary>Decides whether a station's TLS certificate is acceptable under a pinned CA.</summary>
    public static class StationCertificate
    {
        /// <summary>
        /// True only when <paramref name="presented"/> names the host we dialled and chains to
        /// <paramref name="pinnedCa"/> alone (the machine's roots are not consulted).
        /// </summary>
        public static bool ChainsTo(X509Certificate2 pinnedCa, X509Certificate presented, SslPolicyErrors errors)
        {
            if (presented == null || (errors & (SslPolicyErrors.RemoteCertificateNotAvailable | SslPolicyErrors.RemoteCertificateNameMismatch)) != 0)
            {
                return false;
            }

            using var leaf = new X509Certificate2(presented);
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(pinnedCa);
            // A station inside the department has no reachable revocation service; the pin is the control.
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            if (!chain.Build(leaf))
            {
                return false;
            }

            X509Certificate2 root = chain.ChainElements[chain.ChainElements.Count - 1].Certificate;
            return root.RawData.AsSpan().SequenceEqual(pinnedCa.RawData);
        }
    }
}
