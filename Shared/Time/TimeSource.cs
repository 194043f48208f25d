namespace BwcFirmware.Shared.Time
{
    /// <summary>Where a station time came from, as written in clock records.</summary>
    public static class TimeSource
    {
        /// <summary>SNTP from the station (preferred: millisecond resolution, round trip corrected).</summary>
        public const string Sntp = "sntp";

        /// <summary>The Date header of a station HTTP response (one-second resolution).</summary>
        public const string HttpDate = "http-date";

        /// <summary>A time endpoint on the station answering with ISO 8601 UTC.</summary>
        public const string TimeEndpoint = "time-endpoint";
    }
}
