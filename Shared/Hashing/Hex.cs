using System;

namespace BwcFirmware.Shared.Hashing
{
    /// <summary>Lower-case hexadecimal, the form digests take in manifests, audit records and upload metadata.</summary>
    public static class Hex
    {
        private static readonly char[] s_digits =
        {
            '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f',
        };

        /// <summary>The bytes as lower-case hex, two characters per byte ("" for none).</summary>
        public static string ToLower(byte[] bytes, int offset, int count)
        {
            if (bytes == null)
            {
                throw new ArgumentNullException(nameof(bytes));
            }

            if (offset < 0 || count < 0 || offset > bytes.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            if (count == 0)
            {
                return string.Empty;
            }

            char[] chars = new char[count * 2];
            WriteLower(bytes, offset, count, chars, 0);
            return new string(chars);
        }

        /// <summary>The whole array as lower-case hex.</summary>
        public static string ToLower(byte[] bytes)
        {
            if (bytes == null)
            {
                throw new ArgumentNullException(nameof(bytes));
            }

            return ToLower(bytes, 0, bytes.Length);
        }

        /// <summary>
        /// Writes the bytes as lower-case hex into <paramref name="chars"/> at <paramref name="charOffset"/>
        /// (2 * <paramref name="count"/> characters), for callers that keep one buffer and allocate nothing.
        /// </summary>
        public static void WriteLower(byte[] bytes, int offset, int count, char[] chars, int charOffset)
        {
            if (bytes == null || chars == null)
            {
                throw new ArgumentNullException(nameof(bytes));
            }

            if (offset < 0 || count < 0 || offset > bytes.Length - count || charOffset < 0 || charOffset > chars.Length - (2 * count))
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            for (int i = 0; i < count; i++)
            {
                int value = bytes[offset + i];
                chars[charOffset + (2 * i)] = s_digits[value >> 4];
                chars[charOffset + (2 * i) + 1] = s_digits[value & 0x0F];
            }
        }

        /// <summary>
        /// Parses hex (either case, no separators) of exactly 2 * <paramref name="count"/> characters into
        /// <paramref name="bytes"/>; false, leaving the output unspecified, when the text is not such hex.
        /// </summary>
        public static bool TryParse(string text, byte[] bytes, int offset, int count)
        {
            if (text == null || bytes == null || offset < 0 || count < 0 || offset > bytes.Length - count)
            {
                return false;
            }

            if (text.Length != 2 * count)
            {
                return false;
            }

            for (int i = 0; i < count; i++)
            {
                int high = DigitValue(text[2 * i]);
                int low = DigitValue(text[(2 * i) + 1]);
                if (high < 0 || low < 0)
                {
                    return false;
                }

                bytes[offset + i] = (byte)((high << 4) | low);
            }

            return true;
        }

        private static int DigitValue(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }
    }
}
