using System;
using System.Security.Cryptography.X509Certificates;
using BwcFirmware.Drivers.Host.Http;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Sync;
using BwcFirmware.Simulator.Commands;

namespace BwcFirmware.Simulator.Simulation
{
    /// <summary>The simulated board's network: the host HTTP transport to the station, with the pinned CA and token.</summary>
    public static class StationTransport
    {
        /// <summary>The transport's settings for <paramref name="options"/> (token, pinned CA), or null when no station was given.</summary>
        public static HostHttpSettings Settings(ShiftOptions options)
        {
            if (options.StationUrl == null)
            {
                return null;
            }

            var settings = new HostHttpSettings { BearerToken = options.Token };
            if (options.CaFile != null)
            {
                try
                {
                    settings.PinnedCa = X509Certificate2.CreateFromPemFile(options.CaFile);
                }
                catch (Exception e) when (e is System.Security.Cryptography.CryptographicException || e is System.IO.IOException)
                {
                    throw new CommandFailure(ExitCodes.BadInput, $"--ca {options.CaFile}: not a PEM certificate ({e.Message})");
                }
            }

            return settings;
        }

        /// <summary>The transport with <paramref name="settings"/>, or null without them.</summary>
        public static IHttpTransport Create(HostHttpSettings settings, ICardFileSystem card)
        {
            return settings == null ? null : new HostHttpTransport(card, settings);
        }
    }
}
