using System.Globalization;
using System.Text.RegularExpressions;

namespace BwcFirmware.Simulator.Scripting
{
    /// <summary>Script times: <c>[hh:]mm:ss[.fff]</c> from the start of the shift.</summary>
    public static partial class ScenarioTime
    {
        /// <summary>
        /// Parses <paramref name="text"/>: optional hours (1-3 digits), minutes and seconds of two digits each
        /// (0-59; a lone leading minute may take one digit), an optional fraction of 1 to 3 digits.
        /// On failure <paramref name="error"/> says why.
        /// </summary>
        public static bool TryParse(string text, out long milliseconds, out string error)
        {
            milliseconds = 0;
            error = null;
            Match match = TimePattern().Match(text);
            if (!match.Success)
            {
                error = $"bad time '{text}' (expected [hh:]mm:ss[.fff])";
                return false;
            }

            bool hasHours = match.Groups["h"].Success;
            string minuteText = match.Groups["m"].Value;
            if (hasHours && minuteText.Length != 2)
            {
                error = $"bad time '{text}' (minutes after hours take two digits)";
                return false;
            }

            long hours = hasHours ? long.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
            int minutes = int.Parse(minuteText, CultureInfo.InvariantCulture);
            int seconds = int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture);
            if (minutes > 59 || seconds > 59)
            {
                error = $"time out of range '{text}' (minutes and seconds are 0-59)";
                return false;
            }

            int fraction = 0;
            if (match.Groups["f"].Success)
            {
                fraction = int.Parse(match.Groups["f"].Value.PadRight(3, '0'), CultureInfo.InvariantCulture);
            }

            milliseconds = ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction;
            return true;
        }

        /// <summary>Formats milliseconds the way scripts and status lines show them: hh:mm:ss.fff.</summary>
        public static string Format(long milliseconds)
        {
            long totalSeconds = milliseconds / 1000;
            return string.Format(
                CultureInfo.InvariantCulture,
                "{0:D2}:{1:D2}:{2:D2}.{3:D3}",
                totalSeconds / 3600,
                totalSeconds / 60 % 60,
                totalSeconds % 60,
                milliseconds % 1000);
        }

        /// <summary>Formats milliseconds without the fraction: hh:mm:ss.</summary>
        public static string FormatSeconds(long milliseconds)
        {
            long totalSeconds = milliseconds / 1000;
            return string.Format(
                CultureInfo.InvariantCulture,
                "{0:D2}:{1:D2}:{2:D2}",
                totalSeconds / 3600,
                totalSeconds / 60 % 60,
                totalSeconds % 60);
        }

        [GeneratedRegex(@"^(?:(?<h>[0-9]{1,3}):)?(?<m>[0-9]{1,2}):(?<s>[0-9]{2})(?:\.(?<f>[0-9]{1,3}))?$", RegexOptions.CultureInvariant)]
        private static partial Regex TimePattern();
    }
}
