using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Verification;
using BwcFirmware.Tests.Audit;

namespace BwcFirmware.Tests.Verification;

/// <summary>Chunks against manifests, manifests against the audit chain: each alteration detected and located.</summary>
[TestClass]
public sealed class ClipTamperTests
{
    private static VerificationReport Verify(MemoryCard card) => CardVerifier.Verify(card, new Sha256());

    private static void AssertFailureNames(VerificationReport report, string file, string fragment)
    {
        string all = AuditTestKit.Describe(report);
        Assert.IsFalse(report.Passed, "tampering went unnoticed:\n" + all);
        Assert.IsTrue(report.HasFailure(file, -1), "no failure names " + file + ":\n" + all);
        StringAssert.Contains(all, fragment);
    }

    [TestMethod]
    public void UntouchedCard_Verifies()
    {
        VerificationReport report = Verify(EvidenceCard.Build());

        Assert.IsTrue(report.Passed, AuditTestKit.Describe(report));
        Assert.AreEqual(2, report.ManifestsChecked);
        Assert.AreEqual(4, report.ChunksChecked);
        Assert.AreEqual(0, report.Count, AuditTestKit.Describe(report));
    }

    [TestMethod]
    public void OneFlippedByteInAChunk_NamesTheChunkAndTheManifestLineListingIt()
    {
        MemoryCard card = EvidenceCard.Build();
        byte[] chunk = card.Bytes(EvidenceCard.Clip1Chunk2);
        chunk[1234] ^= 0x80;
        card.SetBytes(EvidenceCard.Clip1Chunk2, chunk);
        var (start, end) = EvidenceCard.ManifestLineOf(card, EvidenceCard.Clip1Manifest, "chunk", "000002.avi");

        VerificationReport report = Verify(card);

        AssertFailureNames(report, EvidenceCard.Clip1Chunk2, "FAIL " + EvidenceCard.Clip1Chunk2 + " bytes 0-" + chunk.Length + ": SHA-256 ");
        StringAssert.Contains(AuditTestKit.Describe(report), "listed in " + EvidenceCard.Clip1Manifest + " line 5 (bytes " + start + "-" + end + ")");
        Assert.AreEqual(1, report.FailureCount, AuditTestKit.Describe(report));
    }

    [TestMethod]
    public void OneFlippedByteInAManifestLine_BreaksItsAnchorInTheAuditChain()
    {
        MemoryCard card = EvidenceCard.Build();
        var (start, _) = EvidenceCard.ManifestLineOf(card, EvidenceCard.Clip1Manifest, "chunk", "000001.avi");
        byte[] manifest = card.Bytes(EvidenceCard.Clip1Manifest);
        int frames = System.Text.Encoding.ASCII.GetString(manifest).IndexOf("frames=30", (int)start, StringComparison.Ordinal);
        manifest[frames + 7] = (byte)'9';
        card.SetBytes(EvidenceCard.Clip1Manifest, manifest);

        VerificationReport report = Verify(card);

        AssertFailureNames(report, EvidenceCard.Clip1Manifest, "FAIL " + EvidenceCard.Clip1Manifest + " bytes 0-" + manifest.Length + ": SHA-256 ");
        StringAssert.Contains(AuditTestKit.Describe(report), "anchored by audit record 4 in audit/000001.log");
    }

    [TestMethod]
    public void AlteredChunkHashInTheManifest_IsCaughtTwice()
    {
        MemoryCard card = EvidenceCard.Build();
        var (start, _) = EvidenceCard.ManifestLineOf(card, EvidenceCard.Clip1Manifest, "chunk", "000001.avi");
        byte[] manifest = card.Bytes(EvidenceCard.Clip1Manifest);
        int sha = System.Text.Encoding.ASCII.GetString(manifest).IndexOf("sha256=", (int)start, StringComparison.Ordinal) + 7;
        manifest[sha] = manifest[sha] == (byte)'0' ? (byte)'1' : (byte)'0';
        card.SetBytes(EvidenceCard.Clip1Manifest, manifest);

        VerificationReport report = Verify(card);

        AssertFailureNames(report, EvidenceCard.Clip1Manifest, "anchored by audit record 4");
        AssertFailureNames(report, EvidenceCard.Clip1Chunk1, "listed in " + EvidenceCard.Clip1Manifest + " line 3");
    }

    [TestMethod]
    public void DeletedChunk_IsMissingWithItsManifestLine()
    {
        MemoryCard card = EvidenceCard.Build();
        card.Remove(EvidenceCard.Clip1Chunk1);

        VerificationReport report = Verify(card);

        AssertFailureNames(report, EvidenceCard.Clip1Chunk1, "chunk listed in " + EvidenceCard.Clip1Manifest + " line 3");
    }

    [TestMethod]
    public void ChunkSlippedIntoAClip_IsNotListed()
    {
        MemoryCard card = EvidenceCard.Build();
        card.SetBytes("clips/000001/000003.avi", new byte[100]);

        VerificationReport report = Verify(card);

        AssertFailureNames(report, "clips/000001/000003.avi", "chunk not listed in the clip's manifest");
    }

    [TestMethod]
    public void ClipAddedLater_IsNotAnchored()
    {
        MemoryCard card = EvidenceCard.Build();
        card.CreateDirectory("clips/000003");
        card.SetBytes("clips/000003/manifest.txt", card.Bytes(EvidenceCard.Clip2Manifest));

        VerificationReport report = Verify(card);

        AssertFailureNames(report, "clips/000003/manifest.txt", "not anchored");
    }

    [TestMethod]
    public void WholeClipRemoved_IsMissingUnlessTheChainRecordsItFreed()
    {
        MemoryCard removed = EvidenceCard.Build();
        RemoveClip1(removed);
        AssertFailureNames(Verify(removed), EvidenceCard.Clip1Manifest, "clip anchored by audit record 4 is missing and not recorded as freed");

        MemoryCard freed = EvidenceCard.Build();
        string hash = EvidenceCard.HashOf(freed, EvidenceCard.Clip1Manifest);
        AuditLog log = AuditTestKit.NewLog(freed);
        log.Open(0);
        log.Append(1, AuditEvents.Confirmed, AuditDetail.File(EvidenceCard.Clip1Manifest, hash));
        log.Append(2, AuditEvents.Retention, "deleted synced clip=000001 freed=6404");
        RemoveClip1(freed);
        VerificationReport report = Verify(freed);
        Assert.IsTrue(report.Passed, AuditTestKit.Describe(report));
    }

    [TestMethod]
    public void ChunkFreedAfterSync_IsANote()
    {
        MemoryCard card = EvidenceCard.Build();
        string hash = EvidenceCard.HashOf(card, EvidenceCard.Clip1Chunk1);
        AuditLog log = AuditTestKit.NewLog(card);
        log.Open(0);
        log.Append(1, AuditEvents.Freed, AuditDetail.File(EvidenceCard.Clip1Chunk1, hash));
        card.Remove(EvidenceCard.Clip1Chunk1);

        VerificationReport report = Verify(card);

        Assert.IsTrue(report.Passed, AuditTestKit.Describe(report));
        StringAssert.Contains(AuditTestKit.Describe(report), "note " + EvidenceCard.Clip1Chunk1 + ": freed after the station confirmed it");
    }

    private static void RemoveClip1(MemoryCard card)
    {
        foreach (string name in card.ListFiles("clips/000001"))
        {
            card.Remove("clips/000001/" + name);
        }

        card.RemoveDirectory("clips/000001");
    }
}
