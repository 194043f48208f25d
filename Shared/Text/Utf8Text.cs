using System;

namespace BwcFirmware.Shared.Text
{
    /// <summary>
    /// The one UTF-8 codec of the portable code (config file, manifests, sync markers, tus metadata, the upload
    /// journal): nanoFramework's mscorlib has no System.Text.Encoding (it lives in a separate package), and
    /// these texts are short. It follows the Unicode standard's replacement practice, as .NET's UTF8Encoding
    /// does: bad input becomes U+FFFD, never an exception, so a damaged file still reads.
    /// </summary>
    public static class Utf8Text
    {
        /// <summary>The character that stands for bytes or chars that are not valid text.</summary>
        public const char Replacement = '\uFFFD';

        /// <summary>
        /// The UTF-8 bytes of <paramref name="text"/>: a surrogate pair becomes one four-byte sequence, a lone
        /// surrogate becomes U+FFFD.
        /// </summary>
        public static byte[] GetBytes(string text)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            // nanoCLR's string indexer gives a pair's high surrogate twice; ToCharArray gives both halves.
            char[] chars = text.ToCharArray();
            int length = 0;
            for (int i = 0; i < chars.Length; i++)
            {
                int code = CodePointAt(chars, ref i);
                length += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
            }

            byte[] bytes = new byte[length];
            int at = 0;
            for (int i = 0; i < chars.Length; i++)
            {
                int code = CodePointAt(chars, ref i);
                if (code < 0x80)
                {
                    bytes[at++] = (byte)code;
                }
                else if (code < 0x800)
                {
                    bytes[at++] = (byte)(0xC0 | (code >> 6));
                    bytes[at++] = (byte)(0x80 | (code & 0x3F));
                }
                else if (code < 0x10000)
                {
                    bytes[at++] = (byte)(0xE0 | (code >> 12));
                    bytes[at++] = (byte)(0x80 | ((code >> 6) & 0x3F));
                    bytes[at++] = (byte)(0x80 | (code & 0x3F));
                }
                else
                {
                    bytes[at++] = (byte)(0xF0 | (code >> 18));
                    bytes[at++] = (byte)(0x80 | ((code >> 12) & 0x3F));
                    bytes[at++] = (byte)(0x80 | ((code >> 6) & 0x3F));
                    bytes[at++] = (byte)(0x80 | (code & 0x3F));
                }
            }

            return bytes;
        }

        /// <summary>
        /// The text of <paramref name="count"/> bytes from <paramref name="offset"/>. Each stray byte, and each
        /// longest start of a sequence that cannot be completed (cut short, overlong, a surrogate, above
        /// U+10FFFF), becomes one U+FFFD.
        /// </summary>
        public static string GetString(byte[] bytes, int offset, int count)
        {
            if (bytes == null || offset < 0 || count < 0 || offset > bytes.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            char[] chars = new char[count];
            int length = 0;
            int end = offset + count;
            int i = offset;
            while (i < end)
            {
                int b = bytes[i];
                if (b < 0x80)
                {
                    chars[length++] = (char)b;
                    i++;
                    continue;
                }

                int need;
                int code;
                int low = 0x80;
                int high = 0xBF;
                if (b >= 0xC2 && b <= 0xDF)
                {
                    need = 1;
                    code = b & 0x1F;
                }
                else if (b >= 0xE0 && b <= 0xEF)
                {
                    need = 2;
                    code = b & 0x0F;
                    low = b == 0xE0 ? 0xA0 : 0x80;   // shorter forms are overlong
                    high = b == 0xED ? 0x9F : 0xBF;  // ED A0..BF would be a surrogate
                }
                else if (b >= 0xF0 && b <= 0xF4)
                {
                    need = 3;
                    code = b & 0x07;
                    low = b == 0xF0 ? 0x90 : 0x80;   // shorter forms are overlong
                    high = b == 0xF4 ? 0x8F : 0xBF;  // beyond U+10FFFF
                }
                else
                {
                    chars[length++] = Replacement;
                    i++;
                    continue;
                }

                int taken = 1;
                while (taken <= need && i + taken < end)
                {
                    int next = bytes[i + taken];
                    if (next < low || next > high)
                    {
                        break;
                    }

                    code = (code << 6) | (next & 0x3F);
                    taken++;
                    low = 0x80;
                    high = 0xBF;
                }

                i += taken;
                if (taken <= need)
                {
                    chars[length++] = Replacement;
                }
                else if (code >= 0x10000)
                {
                    code -= 0x10000;
                    chars[length++] = (char)(0xD800 + (code >> 10));
                    chars[length++] = (char)(0xDC00 + (code & 0x3FF));
                }
                else
                {
                    chars[length++] = (char)code;
                }
            }

            return new string(chars, 0, length);
        }

        private static int CodePointAt(char[] text, ref int index)
        {
            char c = text[index];
            if (c < 0xD800 || c > 0xDFFF)
            {
                return c;
            }

            if (c <= 0xDBFF && index + 1 < text.Length)
            {
                char next = text[index + 1];
                if (next >= 0xDC00 && next <= 0xDFFF)
                {
                    index++;
                    return 0x10000 + ((c - 0xD800) << 10) + (next - 0xDC00);
                }
            }

            return Replacement;
        }
    }
}
