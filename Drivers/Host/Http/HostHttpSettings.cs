using System.Security.Cryptography.X509Certificates;

namespace BwcFirmware.Drivers.Host.Http
{
    /// <summary>How the host transport reaches the station: credential, pinned CA and behaviour switches.</summary>
    public sealed class HostHttpSettings
    {
        /// <summary>The device credential sent as "Authorization: Bearer ..." on every request, or null.</summary>
        public string BearerToken { get; set; }

        /// <summary>
        /// The station's CA. When set, a TLS station is trusted only if its certificate chains to this CA (the
        /// machine's own roots are ignored) and names the host; when null, the machine's roots apply.
        /// </summary>
        public X509Certificate2 PinnedCa { get; set; }

        /// <summary>Optional client certificate for stations that authenticate devices by TLS.</summary>
        public X509Certificate2 ClientCertificate { get; set; }

        /// <summary>False makes the transport refuse PATCH, so the tus client uses X-HTTP-Method-Override (tests the device path).</summary>
        public bool CanSendPatch { get; set; } = true;

        /// <summary>
        /// Size of each read from the card while streaming a body. The card interface opens the file for every
        /// read, so on the host 256 KiB of a piece go in one read; the device's transport reads far less.
        /// </summary>
        public int ReadBufferBytes { get; set; } = 256 * 1024;

        /// <summary>
        /// The socket's send buffer in bytes, or 0 for the system's (which grows to megabytes on loopback). A
        /// device's TCP stack buffers a few kilobytes: what a cut connection loses in flight, and re-sends, is
        /// bounded by it, so the fleet and the link benchmarks set a small one.
        /// </summary>
        public int SendBufferBytes { get; set; }
    }
}
