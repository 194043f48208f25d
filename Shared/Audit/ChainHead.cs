namespace BwcFirmware.Shared.Audit
{
    /// <summary>
    /// The audit chain's head as a witness outside the card keeps it: the sequence number and SHA-256 of the
    /// last record. Written as one line, "seq=42 sha256=&lt;64 hex&gt;\n", in the device's internal flash and at
    /// the station; a card whose chain ends before it, or holds another record under its number, was cut.
    /// </summary>
    public sealed class ChainHead
    {
        /// <summary>A head at record <paramref name="sequence"/> whose exact bytes hash to <paramref name="sha256"/>.</summary>
        public ChainHead(long sequence, string sha256)
        {
            Sequence = sequence;
            Sha256 = sha256;
        }

        /// <summary>Sequence number of the head record (from 1).</summary>
        public long Sequence { get; }

        /// <summary>Lower-case hex SHA-256 of the head record's line, line feed included.</summary>
        public string Sha256 { get; }

        /// <summary>The line as stored: "seq=N sha256=H\n".</summary>
        public string Format()
        {
            return "seq=" + Sequence.ToString() + " sha256=" + Sha256 + "\n";
        }

        /// <summary>Reads a stored line; null for anything else (a torn or empty write, another format).</summary>
        public static ChainHead Parse(string text)
        {
            if (text == null || text.Length < 78 || text[text.Length - 1] != '\n' || !text.StartsWith("seq="))
            {
                return null;
            }

            int space = text.IndexOf(' ');
            if (space < 5 || text.Length != space + 1 + 7 + 64 + 1 || text.Substring(space + 1, 7) != "sha256=")
            {
                return null;
            }

            long sequence;
            if (!long.TryParse(text.Substring(4, space - 4), out sequence) || sequence < 1)
            {
                return null;
            }

            string hash = text.Substring(space + 8, 64);
            for (int i = 0; i < hash.Length; i++)
            {
                char c = hash[i];
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                {
                    return null;
                }
            }

            return new ChainHead(sequence, hash);
        }
    }
}
