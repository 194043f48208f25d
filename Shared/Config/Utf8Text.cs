namespace BwcFirmware.Shared.Config
{
    /// <summary>
    /// UTF-8 bytes to a string. nanoFramework's mscorlib has no System.Text.Encoding (it lives in
    /// nanoFramework.System.Text), and a config file is small, so a plain decoder is enough here.
    /// </summary>
    internal static class Utf8Text
    {
        private const char Replacement = '\uFFFD';

        /// <summary>Decodes <paramref name="count"/> bytes; malformed sequences become U+FFFD, never an exception.</summary>
        public static string Decode(byte[] bytes, int count)
        {
            char[] chars = new char[count];
            int n = 0;
            int i = 0;
            while (i < count)
            {
                int b = bytes[i];
                int extra;
                int code;
                if (b < 0x80)
                {
                    chars[n++] = (char)b;
                    i++;
                    continue;
                }

                if ((b & 0xE0) == 0xC0)
                {
                    extra = 1;
                    code = b & 0x1F;
                }
                else if ((b & 0xF0) == 0xE0)
                {
                    extra = 2;
                    code = b & 0x0F;
                }
                else
                {
                    // Four-byte sequences (outside the BMP) and stray bytes: one replacement character.
                    chars[n++] = Replacement;
                    i++;
                    continue;
                }

                if (i + extra >= count)
                {
                    chars[n++] = Replacement;
                    break;
                }

                bool valid = true;
                for (int k = 1; k <= extra; k++)
                {
                    int next = bytes[i + k];
                    if ((next & 0xC0) != 0x80)
                    {
                        valid = false;
                        break;
                    }

                    code = (code << 6) | (next & 0x3F);
                }

                if (!valid)
                {
                    chars[n++] = Replacement;
                    i++;
                    continue;
                }

                chars[n++] = (char)code;
                i += extra + 1;
            }

            return new string(chars, 0, n);
        }
    }
}
