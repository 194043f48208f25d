namespace BwcFirmware.Shared.Media.Manifest
{
    /// <summary>
    /// UTF-8 for the few short texts of manifests and markers: nanoFramework's mscorlib has no
    /// System.Text.Encoding (it lives in a separate package), and these texts are not worth a dependency.
    /// </summary>
    public static class Utf8Text
    {
        /// <summary>The UTF-8 bytes of <paramref name="text"/> (surrogate pairs encoded as one code point).</summary>
        public static byte[] GetBytes(string text)
        {
            int length = 0;
            for (int i = 0; i < text.Length; i++)
            {
                int code = CodePointAt(text, ref i);
                length += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
            }

            byte[] bytes = new byte[length];
            int at = 0;
            for (int i = 0; i < text.Length; i++)
            {
                int code = CodePointAt(text, ref i);
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

        /// <summary>The text of <paramref name="count"/> UTF-8 bytes; a malformed sequence becomes U+FFFD.</summary>
        public static string GetString(byte[] bytes, int offset, int count)
        {
            char[] chars = new char[count * 2];
            int length = 0;
            int end = offset + count;
            int i = offset;
            while (i < end)
            {
                int b = bytes[i];
                int need = b < 0x80 ? 0 : (b & 0xE0) == 0xC0 ? 1 : (b & 0xF0) == 0xE0 ? 2 : (b & 0xF8) == 0xF0 ? 3 : -1;
                int code = need == 0 ? b : need == 1 ? b & 0x1F : need == 2 ? b & 0x0F : b & 0x07;
                bool valid = need >= 0 && i + need < end;
                for (int k = 1; valid && k <= need; k++)
                {
                    int next = bytes[i + k];
                    valid = (next & 0xC0) == 0x80;
                    code = (code << 6) | (next & 0x3F);
                }

                if (!valid)
                {
                    chars[length++] = '\uFFFD';
                    i++;
                    continue;
                }

                i += need + 1;
                if (code >= 0x10000)
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

        private static int CodePointAt(string text, ref int index)
        {
            char c = text[index];
            if (c >= 0xD800 && c <= 0xDBFF && index + 1 < text.Length)
            {
                char low = text[index + 1];
                if (low >= 0xDC00 && low <= 0xDFFF)
                {
                    index++;
                    return 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                }
            }

            return c;
        }
    }
}
