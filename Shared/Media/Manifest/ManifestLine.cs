using System;
using BwcFirmware.Shared.Text;

namespace BwcFirmware.Shared.Media.Manifest
{
    /// <summary>
    /// Composes one manifest line in a buffer allocated once, so that closing a chunk allocates nothing.
    /// </summary>
    public sealed class ManifestLine
    {
        private const string HexDigits = "0123456789abcdef";

        /// <summary>Longest escaped text value; longer text is cut.</summary>
        public const int MaxValueBytes = 240;

        private readonly byte[] _bytes = new byte[ManifestFormat.MaxLineBytes];
        private int _length;

        /// <summary>The composed bytes (valid up to <see cref="Length"/>).</summary>
        public byte[] Bytes => _bytes;

        /// <summary>Bytes composed so far.</summary>
        public int Length => _length;

        /// <summary>Starts a line with its kind word.</summary>
        public void Begin(ManifestEntryKind kind)
        {
            _length = 0;
            AppendAscii(ManifestFormat.WordOf(kind));
        }

        /// <summary>Adds " key=value" with a decimal value.</summary>
        public void Add(string key, long value)
        {
            AppendKey(key);
            AppendNumber(value);
        }

        /// <summary>Adds " key=value" with a zero-padded sequence number (as in card names).</summary>
        public void AddSequence(string key, int value)
        {
            AppendKey(key);
            string digits = "000000";
            int start = _length;
            AppendNumber(value);
            int written = _length - start;
            if (written < digits.Length)
            {
                int pad = digits.Length - written;
                Ensure(pad);
                Array.Copy(_bytes, start, _bytes, start + pad, written);
                for (int i = 0; i < pad; i++)
                {
                    _bytes[start + i] = (byte)'0';
                }

                _length += pad;
            }
        }

        /// <summary>Adds " key=value" with a text value, percent-escaped.</summary>
        public void Add(string key, string value)
        {
            AppendKey(key);
            if (value == null || value.Length == 0)
            {
                return;
            }

            if (value.Length <= MaxValueBytes && IsPlain(value))
            {
                AppendAscii(value);
                return;
            }

            // Free text (notes, causes) is cut at MaxValueBytes so a line always fits its buffer; the cut
            // falls between characters, never inside a UTF-8 sequence.
            byte[] utf8 = Utf8Text.GetBytes(value);
            int end = _length + MaxValueBytes;
            int characterStart = _length;
            for (int i = 0; i < utf8.Length; i++)
            {
                byte b = utf8[i];
                if ((b & 0xC0) != 0x80)
                {
                    characterStart = _length;
                }

                int needed = IsPlainByte(b) ? 1 : 3;
                if (_length + needed > end)
                {
                    if ((b & 0xC0) == 0x80)
                    {
                        _length = characterStart;
                    }

                    break;
                }

                Ensure(needed);
                if (needed == 1)
                {
                    _bytes[_length++] = b;
                }
                else
                {
                    _bytes[_length++] = (byte)'%';
                    _bytes[_length++] = (byte)HexDigits[b >> 4];
                    _bytes[_length++] = (byte)HexDigits[b & 0x0F];
                }
            }
        }

        /// <summary>Adds " key=hex" for <paramref name="count"/> bytes (a digest).</summary>
        public void AddHex(string key, byte[] bytes, int offset, int count)
        {
            AppendKey(key);
            Ensure(2 * count);
            for (int i = 0; i < count; i++)
            {
                int value = bytes[offset + i];
                _bytes[_length++] = (byte)HexDigits[value >> 4];
                _bytes[_length++] = (byte)HexDigits[value & 0x0F];
            }
        }

        /// <summary>Ends the line with '\n'.</summary>
        public void End()
        {
            Ensure(1);
            _bytes[_length++] = (byte)'\n';
        }

        /// <summary>True when a byte may stand in a value as it is.</summary>
        public static bool IsPlainByte(byte b)
        {
            return b > 0x20 && b < 0x7F && b != (byte)'%' && b != (byte)'=';
        }

        private static bool IsPlain(string value)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c > 0x7E || !IsPlainByte((byte)c))
                {
                    return false;
                }
            }

            return true;
        }

        private void AppendKey(string key)
        {
            Ensure(1);
            _bytes[_length++] = (byte)' ';
            AppendAscii(key);
            Ensure(1);
            _bytes[_length++] = (byte)'=';
        }

        private void AppendAscii(string text)
        {
            Ensure(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                _bytes[_length++] = (byte)text[i];
            }
        }

        private void AppendNumber(long value)
        {
            if (value < 0)
            {
                Ensure(1);
                _bytes[_length++] = (byte)'-';
                if (value == long.MinValue)
                {
                    AppendAscii("9223372036854775808");
                    return;
                }

                value = -value;
            }

            int start = _length;
            do
            {
                Ensure(1);
                _bytes[_length++] = (byte)('0' + (int)(value % 10));
                value /= 10;
            }
            while (value > 0);

            for (int left = start, right = _length - 1; left < right; left++, right--)
            {
                byte swap = _bytes[left];
                _bytes[left] = _bytes[right];
                _bytes[right] = swap;
            }
        }

        private void Ensure(int count)
        {
            if (_length + count > _bytes.Length)
            {
                throw new ArgumentException("line too long");
            }
        }
    }
}
