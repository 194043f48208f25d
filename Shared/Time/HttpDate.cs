using System;

namespace BwcFirmware.Shared.Time
{
    /// <summary>
    /// The HTTP Date header (RFC 9110 IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT"): the fallback time source
    /// when the station offers no SNTP. Its resolution is one second, which the clock record notes by source.
    /// </summary>
    public static class HttpDate
    {
        private const string Months = "JanFebMarAprMayJunJulAugSepOctNovDec";
        private const string Days = "MonTueWedThuFriSatSun";

        /// <summary>
        /// Parses an IMF-fixdate. The obsolete RFC 850 and asctime forms are refused: every current server sends
        /// IMF-fixdate, and a clock that dates evidence should not guess at two-digit years.
        /// </summary>
        public static bool TryParse(string text, out DateTime utc)
        {
            utc = DateTime.MinValue;
            if (text == null)
            {
                return false;
            }

            text = text.Trim();
            if (text.Length != 29 || text[3] != ',' || text[4] != ' ' || text[7] != ' ' || text[11] != ' '
                || text[16] != ' ' || text[19] != ':' || text[22] != ':' || text[25] != ' '
                || text.Substring(26) != "GMT")
            {
                return false;
            }

            int dayName = Days.IndexOf(text.Substring(0, 3));
            int monthIndex = Months.IndexOf(text.Substring(8, 3));
            if (dayName < 0 || dayName % 3 != 0 || monthIndex < 0 || monthIndex % 3 != 0)
            {
                return false;
            }

            int day = UtcFormat.Digits(text, 5, 2);
            int year = UtcFormat.Digits(text, 12, 4);
            int hour = UtcFormat.Digits(text, 17, 2);
            int minute = UtcFormat.Digits(text, 20, 2);
            int second = UtcFormat.Digits(text, 23, 2);
            int month = (monthIndex / 3) + 1;
            if (year < 1 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60)
            {
                return false;
            }

            if (day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            // A leap second (":60") is taken as the last second of the minute.
            utc = new DateTime(year, month, day, hour, minute, second > 59 ? 59 : second);
            return true;
        }
    }
}
