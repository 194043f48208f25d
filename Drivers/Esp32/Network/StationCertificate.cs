using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;

namespace BwcFirmware.Drivers.Esp32.Network
{
    /// <summary>The station's CA certificate, provisioned as a PEM file on the card (hardware/flashing.md).</summary>
    public static class StationCertificate
    {
        /// <summary>
        /// The certificate in <paramref name="path"/>, or null when the file is missing or not a certificate. Read
        /// as text: nanoFramework's string constructor keeps the terminator mbedTLS needs to parse PEM.
        /// </summary>
        public static X509Certificate TryRead(string path)
        {
            try
            {
                return File.Exists(path) ? new X509Certificate(File.ReadAllText(path)) : null;
            }
            catch (Exception)
            {
                return null;
            }
        }
    }
}
