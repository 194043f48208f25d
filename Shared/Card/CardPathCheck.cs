namespace BwcFirmware.Shared.Card
{
    /// <summary>
    /// The one check of a card path, made by every card implementation (host folder, device FAT, and the device's
    /// HTTP body reader) before a path reaches a file API. A card path is relative and '/'-separated
    /// ("clips/000007/000001.avi"); "" is the card's root. A path from a manifest or the station must not reach
    /// outside the card, so "..", ".", empty names, a leading '/', '\', ':' (a drive) and NUL are refused.
    /// </summary>
    public static class CardPathCheck
    {
        /// <summary>True when <paramref name="path"/> is a card path as described above.</summary>
        public static bool IsValid(string path)
        {
            if (path == null)
            {
                return false;
            }

            if (path.Length == 0)
            {
                return true;
            }

            // Scanned in place, once: a chunk is opened every few seconds for hours, and this runs for every
            // card operation.
            int nameStart = 0;
            for (int i = 0; i <= path.Length; i++)
            {
                char c = i < path.Length ? path[i] : '/';
                // NUL matters on the host; on the device a string already ends there.
                if (c == '\\' || c == ':' || c == '\0')
                {
                    return false;
                }

                if (c == '/')
                {
                    int length = i - nameStart;
                    if (length == 0 || (length <= 2 && path[nameStart] == '.' && path[i - 1] == '.'))
                    {
                        return false;
                    }

                    nameStart = i + 1;
                }
            }

            return true;
        }

        /// <summary>Throws <see cref="CardException"/> (<see cref="CardFault.NotFound"/>: no such file can be on
        /// the card) unless <paramref name="path"/> is a card path.</summary>
        public static void Require(string path)
        {
            if (!IsValid(path))
            {
                throw new CardException(CardFault.NotFound, path);
            }
        }
    }
}
