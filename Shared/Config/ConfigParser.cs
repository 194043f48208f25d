using System;
using System.Collections;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Text;

namespace BwcFirmware.Shared.Config
{
    /// <summary>
    /// Reads config.txt: one "key = value" per line; lines whose first non-blank character is '#' are comments
    /// (a '#' later in a line belongs to the value, so Wi-Fi passwords may contain one). Keys are
    /// case-insensitive; a value may be wrapped in double quotes to keep outer spaces. Unknown keys, bad
    /// values and repeated keys are reported with their line numbers and never stop the camera: the default
    /// (or the earlier good value) is used. Nothing here throws on bad input.
    /// </summary>
    public static class ConfigParser
    {
        /// <summary>Larger files are read only this far (a config has a few dozen lines).</summary>
        public const int MaxFileBytes = 16384;

        /// <summary>Parses <paramref name="text"/>; null means no file, which gives the defaults and no problems.</summary>
        public static ConfigParseResult Parse(string text)
        {
            var result = new ConfigParseResult(new DeviceConfig());
            if (text == null)
            {
                return result;
            }

            try
            {
                ParseLines(text, result);
                CheckTogether(result);
            }
            catch (Exception)
            {
                // Only a bug can get here; the camera must still start, so fall back to the defaults.
                var fallback = new ConfigParseResult(new DeviceConfig());
                fallback.Report(0, string.Empty, "could not be read; all defaults used");
                return fallback;
            }

            return result;
        }

        /// <summary>
        /// Reads <see cref="CardLayout.ConfigFile"/> from <paramref name="card"/> and parses it. A missing file gives
        /// the defaults; an unreadable card gives the defaults and one problem.
        /// </summary>
        public static ConfigParseResult Load(ICardFileSystem card)
        {
            string text;
            try
            {
                if (card == null || !card.FileExists(CardLayout.ConfigFile))
                {
                    return Parse(null);
                }

                long length = card.GetLength(CardLayout.ConfigFile);
                int size = length > MaxFileBytes ? MaxFileBytes : (int)length;
                byte[] bytes = new byte[size];
                int got = 0;
                while (got < size)
                {
                    int n = card.Read(CardLayout.ConfigFile, got, bytes, got, size - got);
                    if (n <= 0)
                    {
                        break;
                    }

                    got += n;
                }

                text = got == 0 ? string.Empty : Utf8Text.GetString(bytes, 0, got);
                ConfigParseResult result = Parse(text);
                if (length > MaxFileBytes)
                {
                    result.Report(0, string.Empty, "file longer than " + MaxFileBytes.ToString() + " bytes; the rest ignored");
                }

                return result;
            }
            catch (Exception)
            {
                ConfigParseResult result = Parse(null);
                result.Report(0, string.Empty, "could not be read from the card; all defaults used");
                return result;
            }
        }

        private static void ParseLines(string text, ConfigParseResult result)
        {
            var seen = new ArrayList();
            int lineNumber = 0;
            int start = 0;
            while (start <= text.Length)
            {
                int end = text.IndexOf('\n', start);
                if (end < 0)
                {
                    end = text.Length;
                }

                lineNumber++;
                ParseLine(text.Substring(start, end - start), lineNumber, seen, result);
                start = end + 1;
            }
        }

        private static void ParseLine(string raw, int lineNumber, ArrayList seen, ConfigParseResult result)
        {
            string line = raw.Trim(' ', '\t', '\r', '\uFEFF');
            if (line.Length == 0 || line[0] == '#')
            {
                return;
            }

            int equals = line.IndexOf('=');
            if (equals < 0)
            {
                result.Report(lineNumber, string.Empty, "expected key = value; line ignored");
                return;
            }

            string key = line.Substring(0, equals).Trim(' ', '\t').ToLower();
            if (key.Length == 0)
            {
                result.Report(lineNumber, string.Empty, "no key before '='; line ignored");
                return;
            }

            string value = Unquote(line.Substring(equals + 1).Trim(' ', '\t'));
            string problem;
            DeviceConfig config = result.Config;
            if (!ConfigKeys.TryApply(config, key, value, out problem))
            {
                result.Report(lineNumber, key, "unknown key; ignored");
                return;
            }

            if (problem != null)
            {
                string used = ConfigValueText.Of(config, key);
                result.Report(lineNumber, key, problem + "; " + (seen.Contains(key) ? "earlier value" : "default") + (used == null ? string.Empty : " " + used) + " used");
                return;
            }

            if (seen.Contains(key))
            {
                result.Report(lineNumber, key, "set more than once; this later value used");
            }
            else
            {
                seen.Add(key);
            }
        }

        private static string Unquote(string value)
        {
            if (value.Length >= 2 && value[0] == '"' && value[value.Length - 1] == '"')
            {
                return value.Substring(1, value.Length - 2);
            }

            return value;
        }

        private static void CheckTogether(ConfigParseResult result)
        {
            DeviceConfig config = result.Config;
            if (config.BatteryCriticalPercent >= config.BatteryLowPercent)
            {
                var defaults = new DeviceConfig();
                config.BatteryLowPercent = defaults.BatteryLowPercent;
                config.BatteryCriticalPercent = defaults.BatteryCriticalPercent;
                result.Report(0, "battery_critical_percent", "must be below battery_low_percent; both defaults used");
            }

            if (config.ButtonDebounceMs >= config.RecordDoublePressMs)
            {
                var defaults = new DeviceConfig();
                config.ButtonDebounceMs = defaults.ButtonDebounceMs;
                config.RecordDoublePressMs = defaults.RecordDoublePressMs;
                result.Report(0, "button_debounce_ms", "must be shorter than record_double_press_ms; both defaults used");
            }
        }
    }
}
