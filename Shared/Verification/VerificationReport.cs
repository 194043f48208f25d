using System.Collections;

namespace BwcFirmware.Shared.Verification
{
    /// <summary>Everything a verification found, with counts of what it checked.</summary>
    public sealed class VerificationReport
    {
        private readonly ArrayList _findings = new ArrayList();

        /// <summary>Findings so far, failures and notes in the order found.</summary>
        public int Count
        {
            get { return _findings.Count; }
        }

        /// <summary>Failures so far; the evidence verifies only when this is 0.</summary>
        public int FailureCount { get; private set; }

        /// <summary>True when nothing failed.</summary>
        public bool Passed
        {
            get { return FailureCount == 0; }
        }

        /// <summary>Audit segments read.</summary>
        public int SegmentsChecked { get; set; }

        /// <summary>Audit records that parsed and chained.</summary>
        public long RecordsChecked { get; set; }

        /// <summary>Manifests hashed against their anchors.</summary>
        public int ManifestsChecked { get; set; }

        /// <summary>Chunks hashed against their manifests.</summary>
        public int ChunksChecked { get; set; }

        /// <summary>Clips whose manifest ends flagged sensitive (release restricted).</summary>
        public int SensitiveClips { get; set; }

        /// <summary>Sequence number of the chain's last record (0: none).</summary>
        public long HeadSequence { get; set; }

        /// <summary>Hex SHA-256 of the chain's last record: keep it to detect a later cut of the newest segment.</summary>
        public string HeadHash { get; set; }

        /// <summary>Finding <paramref name="index"/>.</summary>
        public VerificationFinding Get(int index)
        {
            return (VerificationFinding)_findings[index];
        }

        /// <summary>Adds a failure.</summary>
        public void Fail(string file, long record, long byteStart, long byteEnd, string message)
        {
            _findings.Add(new VerificationFinding(FindingSeverity.Failure, file, record, byteStart, byteEnd, message));
            FailureCount++;
        }

        /// <summary>Adds a note.</summary>
        public void Note(string file, long record, long byteStart, long byteEnd, string message)
        {
            _findings.Add(new VerificationFinding(FindingSeverity.Note, file, record, byteStart, byteEnd, message));
        }

        /// <summary>True when some failure names <paramref name="file"/> (and <paramref name="record"/> unless it is -1).</summary>
        public bool HasFailure(string file, long record)
        {
            for (int i = 0; i < _findings.Count; i++)
            {
                VerificationFinding finding = Get(i);
                if (finding.Severity == FindingSeverity.Failure && finding.File == file && (record < 0 || finding.Record == record))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The closing line: what was checked and the verdict.</summary>
        public string Summary()
        {
            return (Passed ? "VERIFIED" : "FAILED") + ": " + SegmentsChecked.ToString() + " audit segments, "
                + RecordsChecked.ToString() + " records, " + ManifestsChecked.ToString() + " manifests, "
                + ChunksChecked.ToString() + " chunks; " + FailureCount.ToString() + " failures";
        }
    }
}
