#nullable disable
using BwcFirmware.Shared.Hashing;

namespace BwcFirmware.DeviceTests.Fakes
{
    /// <summary>Bytes and digests the device tests compare against, built with the portable code only.</summary>
    public static class TestBytes
    {
        /// <summary>The ASCII bytes of <paramref name="text"/>.</summary>
        public static byte[] Ascii(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }

        /// <summary>Lower-case hex SHA-256 of the first <paramref name="count"/> of <paramref name="bytes"/>.</summary>
        public static string Sha256Hex(byte[] bytes, int count)
        {
            Sha256 sha = new Sha256();
            sha.Append(bytes, 0, count);
            return Finish(sha);
        }

        /// <summary>The lower-case hex digest of what <paramref name="sha"/> took in.</summary>
        public static string Finish(Sha256 sha)
        {
            byte[] digest = new byte[Sha256.DigestBytes];
            sha.Finish(digest, 0);
            return Hex.ToLower(digest);
        }
    }
}
