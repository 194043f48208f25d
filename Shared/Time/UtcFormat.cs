using System;

namespace BwcFirmware.Shared.Time
{
    /// <summary>
    /// The one way UTC is written in audit records and reports: ISO 8601 with milliseconds and a 'Z'
    /// ("2026-11-26T03:55:15.123Z"), built from the date's fields because DateTime.ToString's format support
    /// differs between nanoFramework and .NET. <see cref="NotSet"/> stands where UTC is unknown.
    /// </summary>
    public static class UtcFormat
    {
        /// <summary>What a record says when the clock has never been set since power-on.</summary>
        public const string NotSet = "not-set";

        /// <summary>Characters in a formatted time.</summary>
        public const int Length = 24;

        /// <summary>Formats <paramref name="utc"/> (taken as UTC whatever its Kind says).</summary>
        public static string Format(DateTime utc)
        {
            return utc.Year.ToString("D4") + "-" + utc.Month.ToString("D2") + "-" + utc.Day.ToString("D2")
                + "T" + utc.Hour.ToString("D2") + ":" + utc.Minute.ToString("D2") + ":" + utc.Second.ToString("D2")
                + "." + utc.Millisecond.ToString("D3") + "Z";
        }

        /// <summary>Parses exactly the form <see cref="Format"/> writes; false for anything else.</summary>
        public static bool TryParse(string text, out DateTime utc)
        {
            utc = DateTime.MinValue;
            if (text == null || text.Length != Length || text[4] != '-' || text[7] != '-' || text[10] != 'T'
                || text[13] != ':' || text[16] != ':' || text[19] != '.' || text[23] != 'Z')
            {
                return false;
            }

            int year = Digits(text, 0, 4);
            int month = Digits(text, 5, 2);
            int day = Digits(text, 8, 2);
            int hour = Digits(text, 11, 2);
            int minute = Digits(text, 14, 2);
            int second = Digits(text, 17, 2);
            int millisecond = Digits(text, 20, 3);
            if (year < 1 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59
                || millisecond < 0)
            {
                return false;
            }

            if (day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            utc = new DateTime(year, month, day, hour, minute, second, millisecond);
            return true;
        }

        /// <summary>The decimal value of <paramref name="count"/> ASCII digits, or -1 when one is not a digit.</summary>
        internal static int Digits(string text, int start, int count)
        {
            int value = 0;
            for (int i = start; i < start + count; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }
    }
}
