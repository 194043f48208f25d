namespace BwcFirmware.Shared.Sync
{
    /// <summary>
    /// Sync's text checks the device's mscorlib lacks: header names compared without case, values made one
    /// word, hashes and numbers in replies checked. ASCII and UTF-8 codecs are in Shared/Text.
    /// </summary>
    internal static class SyncText
    {
        /// <summary>Compares two ASCII strings ignoring case (header names).</summary>
        public static bool EqualsIgnoreCase(string a, string b)
        {
            if (a == null || b == null || a.Length != b.Length)
            {
                return a == null && b == null;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (Lower(a[i]) != Lower(b[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static char Lower(char c)
        {
            return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }

        /// <summary>
        /// <paramref name="text"/> with spaces as '-', so it stands as one value in an audit detail's
        /// "key=value" pairs ("PATCH 503 clips/000001/000001.avi" becomes "PATCH-503-clips/000001/000001.avi").
        /// </summary>
        public static string Word(string text)
        {
            char[] chars = text.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                if (chars[i] == ' ')
                {
                    chars[i] = '-';
                }
            }

            return new string(chars);
        }

        /// <summary>True when <paramref name="text"/> is 64 hex digits (a SHA-256), any case.</summary>
        public static bool IsSha256Hex(string text)
        {
            if (text == null || text.Length != 64)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = Lower(text[i]);
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Parses a non-negative decimal integer with no sign, spaces or other characters.</summary>
        public static bool TryParseNonNegative(string text, out long value)
        {
            value = 0;
            if (text == null)
            {
                return false;
            }

            text = text.Trim();
            if (text.Length == 0 || text.Length > 18)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return true;
        }
    }
}
