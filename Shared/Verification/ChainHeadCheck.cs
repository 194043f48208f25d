using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Shared.Verification
{
    /// <summary>
    /// Judges a verified chain against a head kept outside the card (the device's internal flash, or the
    /// station's copy of it). A chain alone cannot show that records were cut off its end; against the head it
    /// can: the card must hold the head's record, with the same hash. A card ahead of the head is fine (a power
    /// cut between the card write and the flash write leaves the flash one step behind, never ahead).
    /// </summary>
    public static class ChainHeadCheck
    {
        /// <summary>
        /// Adds the verdict to <paramref name="report"/>: <paramref name="head"/> (null: none known) as kept in
        /// <paramref name="source"/>, against what <paramref name="chain"/> read (its <see cref="AuditChainVerifier.Watched"/>
        /// set to the head's sequence before it ran).
        /// </summary>
        public static void Judge(VerificationReport report, AuditChainVerifier chain, ChainHead head, string source)
        {
            if (head == null)
            {
                report.Note(CardLayout.AuditDirectory, -1, -1, -1, "no chain head from outside the card (--flash, or a station's kept head): records cut off the end of the newest segment cannot be ruled out");
                return;
            }

            long end = report.HeadSequence;
            if (end < head.Sequence)
            {
                string missing = end + 1 == head.Sequence
                    ? "record " + head.Sequence.ToString()
                    : "records " + (end + 1).ToString() + "-" + head.Sequence.ToString();
                report.Fail(CardLayout.AuditDirectory, head.Sequence, -1, -1, "the chain ends at record " + end.ToString() + " but the head kept in " + source
                    + " is record " + head.Sequence.ToString() + " (sha256 " + head.Sha256 + "): " + missing
                    + " missing, cut from the end of the log (with them whatever clips they recorded)");
                return;
            }

            if (chain.WatchedHash == null)
            {
                report.Note(CardLayout.AuditDirectory, head.Sequence, -1, -1, "the head kept in " + source + " (record " + head.Sequence.ToString() + ") lies in a segment no longer on the card: not compared");
                return;
            }

            if (chain.WatchedHash != head.Sha256)
            {
                report.Fail(chain.WatchedPath, head.Sequence, chain.WatchedStart, chain.WatchedEnd, "record " + head.Sequence.ToString() + " hashes to " + chain.WatchedHash
                    + " but the head kept in " + source + " says " + head.Sha256 + ": the log was rewritten up to here (a replaced segment)");
                return;
            }

            string after = end == head.Sequence ? string.Empty : "; records " + (head.Sequence + 1).ToString() + "-" + end.ToString() + " came after the last head update";
            report.Note(chain.WatchedPath, head.Sequence, chain.WatchedStart, chain.WatchedEnd, "the chain reaches the head kept in " + source + after);
        }
    }
}
