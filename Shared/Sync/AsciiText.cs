namespace BwcFirmware.Shared.Sync
{
    /// <summary>
    /// Text helpers the device's mscorlib lacks (it has no System.Text.Encoding): header names compared
    /// without case, and UTF-8 for metadata values and the journal.
    /// </summary>
    internal static class AsciiText
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

        /// <summary>UTF-8 bytes of <paramref name="text"/> (surrogate pairs become 4-byte sequences).</summary>
        public static byte[] ToUtf8(string text)
        {
            int length = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < 0x80)
                {
                    length += 1;
                }
                else if (c < 0x800)
                {
                    length += 2;
                }
                else if (IsHighSurrogate(c) && i + 1 < text.Length && IsLowSurrogate(text[i + 1]))
                {
                    length += 4;
                    i++;
                }
                else
                {
                    length += 3;
                }
            }

            byte[] bytes = new byte[length];
            int n = 0;
            for (int i = 0; i < text.Length; i++)
            {
                int c = text[i];
                if (c < 0x80)
                {
                    bytes[n++] = (byte)c;
                }
                else if (c < 0x800)
                {
                    bytes[n++] = (byte)(0xC0 | (c >> 6));
                    bytes[n++] = (byte)(0x80 | (c & 0x3F));
                }
                else if (IsHighSurrogate((char)c) && i + 1 < text.Length && IsLowSurrogate(text[i + 1]))
                {
                    int code = 0x10000 + ((c - 0xD800) << 10) + (text[i + 1] - 0xDC00);
                    i++;
                    bytes[n++] = (byte)(0xF0 | (code >> 18));
                    bytes[n++] = (byte)(0x80 | ((code >> 12) & 0x3F));
                    bytes[n++] = (byte)(0x80 | ((code >> 6) & 0x3F));
                    bytes[n++] = (byte)(0x80 | (code & 0x3F));
                }
                else
                {
                    bytes[n++] = (byte)(0xE0 | (c >> 12));
                    bytes[n++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    bytes[n++] = (byte)(0x80 | (c & 0x3F));
                }
            }

            return bytes;
        }

        /// <summary>
        /// Text of <paramref name="count"/> bytes; anything outside printable ASCII becomes '?', which is all
        /// the journal and station answers need (they are ASCII by construction).
        /// </summary>
        public static string FromAscii(byte[] bytes, int offset, int count)
        {
            char[] chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                byte b = bytes[offset + i];
                chars[i] = b == (byte)'\n' || b == (byte)'\r' || b == (byte)'\t' || (b >= 0x20 && b < 0x7F) ? (char)b : '?';
            }

            return new string(chars);
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

        private static bool IsHighSurrogate(char c)
        {
            return c >= 0xD800 && c <= 0xDBFF;
        }

        private static bool IsLowSurrogate(char c)
        {
            return c >= 0xDC00 && c <= 0xDFFF;
        }
    }
}
