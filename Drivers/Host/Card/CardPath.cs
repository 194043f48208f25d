using System;
using System.IO;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Drivers.Host.Card
{
    /// <summary>Maps card paths ("clips/000007/000001.avi") to host paths under a root folder, refusing escapes.</summary>
    internal static class CardPath
    {
        /// <summary>The host path of <paramref name="cardPath"/> under <paramref name="root"/>; "" is the root itself.</summary>
        public static string ToHost(string root, string cardPath)
        {
            if (cardPath == null)
            {
                throw new ArgumentNullException(nameof(cardPath));
            }

            if (cardPath.Length == 0)
            {
                return root;
            }

            if (cardPath.StartsWith('/') || cardPath.EndsWith('/') || cardPath.Contains('\\') || cardPath.Contains('\0'))
            {
                throw new CardException(CardFault.NotFound, cardPath);
            }

            // Each '/'-separated part must be a name: not empty, "." or "..". Scanned in place: a chunk is
            // opened every few seconds for hours, and this runs for every card operation.
            int start = 0;
            while (start <= cardPath.Length)
            {
                int end = cardPath.IndexOf('/', start);
                end = end < 0 ? cardPath.Length : end;
                int length = end - start;
                if (length == 0 || (length <= 2 && cardPath[start] == '.' && cardPath[end - 1] == '.'))
                {
                    throw new CardException(CardFault.NotFound, cardPath);
                }

                start = end + 1;
            }

            return Path.Combine(root, cardPath.Replace('/', Path.DirectorySeparatorChar));
        }

        /// <summary>The parent of <paramref name="cardPath"/> ("" for a top-level name).</summary>
        public static string Parent(string cardPath)
        {
            int slash = cardPath.LastIndexOf('/');
            return slash < 0 ? string.Empty : cardPath.Substring(0, slash);
        }

        /// <summary>Joins a directory and a name the way the card does.</summary>
        public static string Join(string directory, string name)
        {
            return directory.Length == 0 ? name : directory + "/" + name;
        }
    }
}
