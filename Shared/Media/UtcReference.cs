using System;

namespace BwcFirmware.Shared.Media
{
    /// <summary>
    /// UTC as far as the device knows it: a UTC instant paired with the monotonic time it was learnt at (from
    /// the dock, GNSS or the station). Until one is set, UTC is "unknown" and manifests say so.
    /// </summary>
    public sealed class UtcReference
    {
        private const long UnixEpochTicks = 621355968000000000L;
        private const long TicksPerMs = 10000;
        private long _utcUnixMs;
        private long _atMonoMs;

        /// <summary>True once a UTC reference was set.</summary>
        public bool IsKnown { get; private set; }

        /// <summary>Records that at monotonic <paramref name="atMonoMs"/> it was <paramref name="utcUnixMs"/> (ms since 1970, UTC).</summary>
        public void Set(long utcUnixMs, long atMonoMs)
        {
            _utcUnixMs = utcUnixMs;
            _atMonoMs = atMonoMs;
            IsKnown = true;
        }

        /// <summary>UTC at monotonic <paramref name="monoMs"/> as ISO 8601 ("2026-11-26T04:05:00.123Z"), or null when unknown.</summary>
        public string Format(long monoMs)
        {
            if (!IsKnown)
            {
                return null;
            }

            var utc = new DateTime(UnixEpochTicks + ((_utcUnixMs + (monoMs - _atMonoMs)) * TicksPerMs));
            return utc.Year.ToString("D4") + "-" + utc.Month.ToString("D2") + "-" + utc.Day.ToString("D2")
                + "T" + utc.Hour.ToString("D2") + ":" + utc.Minute.ToString("D2") + ":" + utc.Second.ToString("D2")
                + "." + utc.Millisecond.ToString("D3") + "Z";
        }
    }
}
