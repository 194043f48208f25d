using System;
using System.IO;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Drivers.Host.Card
{
    /// <summary>Maps card paths ("clips/000007/000001.avi") to host paths under a root folder, refusing what <see cref="CardPathCheck"/> refuses.</summary>
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

            CardPathCheck.Require(cardPath);
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
