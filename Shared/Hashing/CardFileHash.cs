using System;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Shared.Hashing
{
    /// <summary>
    /// Hashes a file as it stands on the card, read back in pieces through one caller-owned buffer. A chunk's
    /// digest must cover the final bytes, header patches included, so it is taken after the file is closed.
    /// </summary>
    public static class CardFileHash
    {
        /// <summary>
        /// Resets <paramref name="hash"/>, feeds it the whole file at <paramref name="path"/> read through
        /// <paramref name="buffer"/>, and writes the 32-byte digest to <paramref name="digest"/> at
        /// <paramref name="digestOffset"/>. Returns the number of bytes hashed.
        /// </summary>
        public static long Compute(ICardFileSystem card, string path, ISha256 hash, byte[] buffer, byte[] digest, int digestOffset)
        {
            if (card == null || path == null || hash == null || buffer == null || digest == null)
            {
                throw new ArgumentNullException(nameof(card));
            }

            if (buffer.Length == 0)
            {
                throw new ArgumentException("empty buffer");
            }

            hash.Reset();
            long position = 0;
            while (true)
            {
                int read = card.Read(path, position, buffer, 0, buffer.Length);
                if (read <= 0)
                {
                    break;
                }

                hash.Append(buffer, 0, read);
                position += read;
            }

            hash.Finish(digest, digestOffset);
            return position;
        }
    }
}
