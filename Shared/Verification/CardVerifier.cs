using System;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;

namespace BwcFirmware.Shared.Verification
{
    /// <summary>
    /// Verifies everything evidential on a card, or on a station's copy seen through the same interface: the
    /// audit chain first, then every clip against the chain and its own manifest.
    /// </summary>
    public static class CardVerifier
    {
        /// <summary>Runs every check over <paramref name="card"/>, hashing with <paramref name="sha"/>.</summary>
        public static VerificationReport Verify(ICardFileSystem card, ISha256 sha)
        {
            if (card == null || sha == null)
            {
                throw new ArgumentNullException(nameof(card));
            }

            VerificationReport report = new VerificationReport();
            AuditChainIndex index = new AuditChainVerifier(card, sha, report).Verify();
            new ClipEvidenceVerifier(card, sha, index, report).Verify();
            return report;
        }

        /// <summary>
        /// As <see cref="Verify(ICardFileSystem, ISha256)"/>, and the chain against <paramref name="head"/>, kept
        /// outside the card in <paramref name="source"/> ("the device's internal flash"); a null head is reported
        /// as a cut tail that cannot be ruled out.
        /// </summary>
        public static VerificationReport Verify(ICardFileSystem card, ISha256 sha, ChainHead head, string source)
        {
            if (card == null || sha == null)
            {
                throw new ArgumentNullException(nameof(card));
            }

            VerificationReport report = new VerificationReport();
            AuditChainVerifier chain = new AuditChainVerifier(card, sha, report);
            chain.Watched = head == null ? 0 : head.Sequence;
            AuditChainIndex index = chain.Verify();
            ChainHeadCheck.Judge(report, chain, head, source);
            new ClipEvidenceVerifier(card, sha, index, report).Verify();
            return report;
        }
    }
}
