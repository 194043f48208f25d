namespace BwcFirmware.Drivers.Card
{
    /// <summary>
    /// Turns directory listings into sorted names, as <c>ICardFileSystem.ListFiles</c> promises. nanoFramework's
    /// Array has no Sort, and ordinal order is the recording order of the card layout's zero-padded names.
    /// </summary>
    public static class OrdinalNames
    {
        /// <summary>
        /// The last path segment of each of <paramref name="paths"/> (after '\' or '/'), sorted ordinally
        /// (by UTF-16 code unit). Insertion sort: listings are short (one directory of chunks).
        /// </summary>
        public static string[] SortedNames(string[] paths)
        {
            string[] names = new string[paths.Length];
            for (int i = 0; i < paths.Length; i++)
            {
                string path = paths[i];
                int cut = path.LastIndexOf('\\');
                int slash = path.LastIndexOf('/');
                if (slash > cut)
                {
                    cut = slash;
                }

                names[i] = path.Substring(cut + 1);
            }

            for (int i = 1; i < names.Length; i++)
            {
                string current = names[i];
                int j = i - 1;
                while (j >= 0 && CompareOrdinal(names[j], current) > 0)
                {
                    names[j + 1] = names[j];
                    j--;
                }

                names[j + 1] = current;
            }

            return names;
        }

        /// <summary>Negative, zero or positive as <paramref name="a"/> sorts before, with or after <paramref name="b"/> by code unit.</summary>
        public static int CompareOrdinal(string a, string b)
        {
            int length = a.Length < b.Length ? a.Length : b.Length;
            for (int i = 0; i < length; i++)
            {
                int difference = a[i] - b[i];
                if (difference != 0)
                {
                    return difference;
                }
            }

            return a.Length - b.Length;
        }
    }
}
