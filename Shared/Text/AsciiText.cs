using System;

namespace BwcFirmware.Shared.Text
{
    /// <summary>
    /// ASCII text to bytes and back (audit records and sync journals are printable ASCII by design): nanoFramework's mscorlib
    /// has no System.Text.Encoding, and ASCII keeps one character one byte, so byte ranges in reports are
    /// character ranges too.
    /// </summary>
    public static class AsciiText
    {
        /// <summary>
        /// Writes <paramref name="text"/> followed by a line feed into <paramref name="buffer"/> (grown when too
        /// small) and returns the byte count. Characters outside ASCII become '?'.
        /// </summary>
        public static int WriteLine(string text, ref byte[] buffer)
        {
            int count = text.Length + 1;
            if (buffer == null || buffer.Length < count)
            {
                buffer = new byte[count + 64];
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                buffer[i] = c > '~' ? (byte)'?' : (byte)c;
            }

            buffer[text.Length] = (byte)'\n';
            return count;
        }

        /// <summary>The bytes as text, one character per byte (bytes above 0x7E show as '?').</summary>
        public static string Read(byte[] buffer, int offset, int count)
        {
            if (buffer == null || offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            char[] chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                byte b = buffer[offset + i];
                chars[i] = b > 0x7E ? '?' : (char)b;
            }

            return new string(chars);
        }

        /// <summary>
        /// Text of <paramref name="count"/> bytes; anything outside printable ASCII becomes '?', except line
        /// breaks and tabs: what journals and station answers need (they are ASCII by construction).
        /// </summary>
        public static string ReadPrintable(byte[] bytes, int offset, int count)
        {
            char[] chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                byte b = bytes[offset + i];
                chars[i] = b == (byte)'\n' || b == (byte)'\r' || b == (byte)'\t' || (b >= 0x20 && b < 0x7F) ? (char)b : '?';
            }

            return new string(chars);
        }
    }
}
