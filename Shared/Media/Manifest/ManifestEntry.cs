using System;
using BwcFirmware.Shared.Text;

namespace BwcFirmware.Shared.Media.Manifest
{
    /// <summary>One parsed manifest line: its kind and its key=value pairs, values unescaped.</summary>
    public sealed class ManifestEntry
    {
        private readonly string[] _keys;
        private readonly string[] _values;

        private ManifestEntry(ManifestEntryKind kind, string[] keys, string[] values, long offset)
        {
            Kind = kind;
            _keys = keys;
            _values = values;
            Offset = offset;
        }

        /// <summary>What the line records.</summary>
        public ManifestEntryKind Kind { get; }

        /// <summary>Byte offset of the line in the manifest.</summary>
        public long Offset { get; }

        /// <summary>Number of key=value pairs.</summary>
        public int Count => _keys.Length;

        /// <summary>Key of pair <paramref name="index"/>.</summary>
        public string KeyAt(int index)
        {
            return _keys[index];
        }

        /// <summary>Value of pair <paramref name="index"/>.</summary>
        public string ValueAt(int index)
        {
            return _values[index];
        }

        /// <summary>The value of <paramref name="key"/>, or null when the line lacks it.</summary>
        public string Get(string key)
        {
            for (int i = 0; i < _keys.Length; i++)
            {
                if (_keys[i] == key)
                {
                    return _values[i];
                }
            }

            return null;
        }

        /// <summary>The value of <paramref name="key"/> as a number, or <paramref name="fallback"/>.</summary>
        public long GetNumber(string key, long fallback)
        {
            string value = Get(key);
            long number;
            return value != null && long.TryParse(value, out number) ? number : fallback;
        }

        /// <summary>Monotonic time of the line (start, marker, mute, stop), -1 when absent.</summary>
        public long MonoMs => GetNumber(ManifestKeys.Mono, -1);

        /// <summary>Chunk name (chunk-open, chunk), or null.</summary>
        public string Name => Get(ManifestKeys.Name);

        /// <summary>Cause (start, stop), or null.</summary>
        public string Cause => Get(ManifestKeys.Cause);

        /// <summary>
        /// Parses one line (without its '\n') from <paramref name="bytes"/>; null when it is not a line of
        /// this format (torn, garbage, unknown kind).
        /// </summary>
        public static ManifestEntry Parse(byte[] bytes, int offset, int count, long fileOffset)
        {
            if (bytes == null || offset < 0 || count <= 0 || offset > bytes.Length - count)
            {
                return null;
            }

            int end = offset + count;
            int wordEnd = IndexOf(bytes, offset, end, (byte)' ');
            string word = Ascii(bytes, offset, wordEnd);
            ManifestEntryKind kind;
            if (word == null || !ManifestFormat.TryKindOf(word, out kind))
            {
                return null;
            }

            int pairs = 0;
            for (int i = wordEnd; i < end; i++)
            {
                if (bytes[i] == (byte)' ')
                {
                    pairs++;
                }
            }

            string[] keys = new string[pairs];
            string[] values = new string[pairs];
            int at = wordEnd;
            for (int p = 0; p < pairs; p++)
            {
                int start = at + 1;
                int pairEnd = IndexOf(bytes, start, end, (byte)' ');
                int equals = IndexOf(bytes, start, pairEnd, (byte)'=');
                if (equals == start || equals == pairEnd)
                {
                    return null;
                }

                keys[p] = Ascii(bytes, start, equals);
                values[p] = Unescape(bytes, equals + 1, pairEnd);
                if (keys[p] == null || values[p] == null)
                {
                    return null;
                }

                at = pairEnd;
            }

            return new ManifestEntry(kind, keys, values, fileOffset);
        }

        private static int IndexOf(byte[] bytes, int from, int end, byte value)
        {
            int found = Array.IndexOf(bytes, value, from, end - from);
            return found < 0 ? end : found;
        }

        private static string Ascii(byte[] bytes, int start, int end)
        {
            if (end <= start)
            {
                return null;
            }

            char[] chars = new char[end - start];
            for (int i = start; i < end; i++)
            {
                byte b = bytes[i];
                if (!ManifestLine.IsPlainByte(b))
                {
                    return null;
                }

                chars[i - start] = (char)b;
            }

            return new string(chars);
        }

        private static string Unescape(byte[] bytes, int start, int end)
        {
            byte[] raw = new byte[end - start];
            int length = 0;
            for (int i = start; i < end; i++)
            {
                byte b = bytes[i];
                if (b == (byte)'%')
                {
                    if (i + 2 >= end)
                    {
                        return null;
                    }

                    int high = HexValue(bytes[i + 1]);
                    int low = HexValue(bytes[i + 2]);
                    if (high < 0 || low < 0)
                    {
                        return null;
                    }

                    raw[length++] = (byte)((high << 4) | low);
                    i += 2;
                }
                else if (ManifestLine.IsPlainByte(b))
                {
                    raw[length++] = b;
                }
                else
                {
                    return null;
                }
            }

            return length == 0 ? string.Empty : Utf8Text.GetString(raw, 0, length);
        }

        private static int HexValue(byte b)
        {
            if (b >= (byte)'0' && b <= (byte)'9')
            {
                return b - '0';
            }

            if (b >= (byte)'a' && b <= (byte)'f')
            {
                return b - 'a' + 10;
            }

            if (b >= (byte)'A' && b <= (byte)'F')
            {
                return b - 'A' + 10;
            }

            return -1;
        }
    }
}
