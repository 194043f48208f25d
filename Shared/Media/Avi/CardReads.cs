using BwcFirmware.Shared.Card;

namespace BwcFirmware.Shared.Media.Avi
{
    /// <summary>Reads that insist: <see cref="ICardFileSystem.Read"/> may return fewer bytes than asked.</summary>
    internal static class CardReads
    {
        /// <summary>Reads until <paramref name="count"/> bytes are in or the file ends; returns the bytes read.</summary>
        public static int ReadFully(ICardFileSystem card, string path, long position, byte[] buffer, int offset, int count)
        {
            int done = 0;
            while (done < count)
            {
                int read = card.Read(path, position + done, buffer, offset + done, count - done);
                if (read <= 0)
                {
                    break;
                }

                done += read;
            }

            return done;
        }
    }
}
