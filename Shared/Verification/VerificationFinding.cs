namespace BwcFirmware.Shared.Verification
{
    /// <summary>One thing the verifier found, located as precisely as it can: file, record and byte range.</summary>
    public sealed class VerificationFinding
    {
        /// <summary>Creates a finding; pass -1 for a record or byte range that does not apply.</summary>
        public VerificationFinding(FindingSeverity severity, string file, long record, long byteStart, long byteEnd, string message)
        {
            Severity = severity;
            File = file;
            Record = record;
            ByteStart = byteStart;
            ByteEnd = byteEnd;
            Message = message;
        }

        /// <summary>Failure or note.</summary>
        public FindingSeverity Severity { get; }

        /// <summary>Card path of the file concerned ("audit/000001.log").</summary>
        public string File { get; }

        /// <summary>Audit sequence number, or manifest line number for manifests; -1 when none applies.</summary>
        public long Record { get; }

        /// <summary>First byte concerned; -1 when no range applies.</summary>
        public long ByteStart { get; }

        /// <summary>One past the last byte concerned; -1 when no range applies.</summary>
        public long ByteEnd { get; }

        /// <summary>What is wrong, in plain words.</summary>
        public string Message { get; }

        /// <summary>One line: "FAIL audit/000001.log record 42 bytes 8120-8290: message".</summary>
        public string Describe()
        {
            string text = (Severity == FindingSeverity.Failure ? "FAIL " : "note ") + File;
            if (Record >= 0)
            {
                text += (File != null && File.EndsWith(".log") ? " record " : " line ") + Record.ToString();
            }

            if (ByteStart >= 0)
            {
                text += " bytes " + ByteStart.ToString() + "-" + ByteEnd.ToString();
            }

            return text + ": " + Message;
        }
    }
}
