namespace BwcFirmware.Shared.Verification
{
    /// <summary>An audit record that names a file with its SHA-256 (clip closed, uploaded, confirmed, freed).</summary>
    public sealed class FileMention
    {
        /// <summary>Creates a mention.</summary>
        public FileMention(string eventName, string file, string sha256, long sequence, string segment)
        {
            EventName = eventName;
            File = file;
            Sha256 = sha256;
            Sequence = sequence;
            Segment = segment;
        }

        /// <summary>The record's event.</summary>
        public string EventName { get; }

        /// <summary>The card path named.</summary>
        public string File { get; }

        /// <summary>The lower-case hex SHA-256 named (may be null when the record carries none).</summary>
        public string Sha256 { get; }

        /// <summary>The record's sequence number.</summary>
        public long Sequence { get; }

        /// <summary>The segment holding the record.</summary>
        public string Segment { get; }
    }
}
