using System.Collections;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Shared.Audit
{
    /// <summary>Segment file names ("000003.log", see <see cref="CardLayout.AuditSegment"/>) and their numbers.</summary>
    public static class AuditSegmentName
    {
        private const string Extension = ".log";

        /// <summary>The segment number in <paramref name="name"/> (a file name, not a path); false for other files.</summary>
        public static bool TryParse(string name, out int number)
        {
            number = 0;
            if (name == null || name.Length != CardLayout.SequenceDigits + Extension.Length || !name.EndsWith(Extension))
            {
                return false;
            }

            for (int i = 0; i < CardLayout.SequenceDigits; i++)
            {
                char c = name[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                number = (number * 10) + (c - '0');
            }

            return number > 0;
        }

        /// <summary>Numbers of the segments in the audit directory, ascending; empty when there is none.</summary>
        public static int[] List(ICardFileSystem card)
        {
            if (!card.DirectoryExists(CardLayout.AuditDirectory))
            {
                return new int[0];
            }

            string[] names = card.ListFiles(CardLayout.AuditDirectory);
            ArrayList numbers = new ArrayList();
            for (int i = 0; i < names.Length; i++)
            {
                int number;
                if (TryParse(names[i], out number))
                {
                    numbers.Add(number);
                }
            }

            // ListFiles sorts ordinally and the names are zero-padded, so this is ascending already.
            int[] result = new int[numbers.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = (int)numbers[i];
            }

            return result;
        }
    }
}
