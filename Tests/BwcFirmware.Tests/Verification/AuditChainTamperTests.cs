using System.Text;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Verification;
using BwcFirmware.Tests.Audit;

namespace BwcFirmware.Tests.Verification;

/// <summary>Each way of altering the audit log is detected and located: file, record and byte range.</summary>
[TestClass]
public sealed class AuditChainTamperTests
{
    private const string Seg1 = "audit/000001.log";
    private const string Seg2 = "audit/000002.log";

    /// <summary>Two boots: segment 1 closed at power-off (records 1-7), segment 2 open (records 8-11).</summary>
    private static MemoryCard TwoBoots()
    {
        var card = new MemoryCard();
        AuditLog log = AuditTestKit.NewLog(card);
        log.Append(10, AuditEvents.PowerOn, "firmware=0.1");
        log.Append(2000, AuditEvents.State, "Idle->PreEventBuffer cause=undock");
        log.Append(3000, AuditEvents.State, "PreEventBuffer->Recording cause=record.double");
        log.Append(4000, AuditEvents.Marker, "note=function.press");
        log.Append(7000, AuditEvents.Stop, "cause=record.hold");
        log.Append(8000, AuditEvents.PowerOff, "cause=button");
        log.CloseSegment(8001);
        card.Reboot();
        AuditLog next = AuditTestKit.NewLog(card);
        next.Open(0);
        next.Append(10, AuditEvents.PowerOn, "firmware=0.1");
        next.Append(500, AuditEvents.Dock, string.Empty);
        next.Append(600, AuditEvents.Undock, string.Empty);
        next.Append(700, AuditEvents.Marker, "note=last");
        return card;
    }

    /// <summary>Byte range [start, end) of line <paramref name="index"/> (0-based) of a segment.</summary>
    private static (int Start, int End) LineRange(MemoryCard card, string path, int index)
    {
        byte[] bytes = card.Bytes(path);
        int start = 0;
        for (int i = 0; i < index; i++)
        {
            start = Array.IndexOf(bytes, (byte)'\n', start) + 1;
        }

        return (start, Array.IndexOf(bytes, (byte)'\n', start) + 1);
    }

    private static VerificationReport Verify(MemoryCard card) => AuditTestKit.VerifyChain(card);

    private static void AssertFailureNames(VerificationReport report, string file, long record, string fragment)
    {
        string all = AuditTestKit.Describe(report);
        Assert.IsFalse(report.Passed, "tampering went unnoticed:\n" + all);
        Assert.IsTrue(report.HasFailure(file, record), "no failure names " + file + " record " + record + ":\n" + all);
        StringAssert.Contains(all, fragment);
    }

    [TestMethod]
    public void UntouchedLog_Verifies()
    {
        VerificationReport report = Verify(TwoBoots());

        Assert.IsTrue(report.Passed, AuditTestKit.Describe(report));
        Assert.AreEqual(11, report.RecordsChecked);
        Assert.AreEqual(2, report.SegmentsChecked);
        Assert.AreEqual(11, report.HeadSequence);
    }

    [TestMethod]
    public void OneFlippedByteInADetail_IsNamedByTheNextRecordsHash()
    {
        MemoryCard card = TwoBoots();
        var (start, end) = LineRange(card, Seg1, 3);
        byte[] bytes = card.Bytes(Seg1);
        int at = end - 3;
        bytes[at] ^= 0x01;
        card.SetBytes(Seg1, bytes);

        VerificationReport report = Verify(card);

        AssertFailureNames(report, Seg1, 5, "does not match " + Seg1 + " bytes " + start + "-" + end);
    }

    [TestMethod]
    public void FlippedByteInTheSequenceField_IsASequenceFailure()
    {
        MemoryCard card = TwoBoots();
        var (start, _) = LineRange(card, Seg1, 2);
        byte[] bytes = card.Bytes(Seg1);
        bytes[start + 4] = (byte)'9';
        card.SetBytes(Seg1, bytes);

        VerificationReport report = Verify(card);

        AssertFailureNames(report, Seg1, 9, "sequence gap");
        Assert.IsTrue(report.HasFailure(Seg1, 4), AuditTestKit.Describe(report));
    }

    [TestMethod]
    public void FlippedByteThatBreaksTheFormat_IsAMalformedRecordWithItsRange()
    {
        MemoryCard card = TwoBoots();
        var (start, end) = LineRange(card, Seg2, 1);
        byte[] bytes = card.Bytes(Seg2);
        bytes[start + 1] = (byte)'X';
        card.SetBytes(Seg2, bytes);

        VerificationReport report = Verify(card);

        AssertFailureNames(report, Seg2, 9, Seg2 + " record 9 bytes " + start + "-" + end + ": malformed record");
    }

    [TestMethod]
    public void DeletedRecord_IsAGapAndABrokenLink()
    {
        MemoryCard card = TwoBoots();
        var (start, end) = LineRange(card, Seg1, 2);
        byte[] bytes = card.Bytes(Seg1);
        card.SetBytes(Seg1, bytes.Take(start).Concat(bytes.Skip(end)).ToArray());

        VerificationReport report = Verify(card);

        AssertFailureNames(report, Seg1, 4, "sequence gap: record 3 missing");
        StringAssert.Contains(AuditTestKit.Describe(report), "previous-record hash does not match");
    }

    [TestMethod]
    public void SwappedRecords_AreOutOfOrder()
    {
        MemoryCard card = TwoBoots();
        var (s2, e2) = LineRange(card, Seg1, 2);
        var (s3, e3) = LineRange(card, Seg1, 3);
        byte[] bytes = card.Bytes(Seg1);
        byte[] swapped = bytes.Take(s2).Concat(bytes.Skip(s3).Take(e3 - s3)).Concat(bytes.Skip(s2).Take(e2 - s2)).Concat(bytes.Skip(e3)).ToArray();
        card.SetBytes(Seg1, swapped);

        VerificationReport report = Verify(card);

        AssertFailureNames(report, Seg1, 4, "sequence gap: record 3 missing");
        AssertFailureNames(report, Seg1, 3, "out of order (expected 5)");
    }

    [TestMethod]
    public void ClosedSegmentTruncatedAtARecordBoundary_IsDetected()
    {
        MemoryCard card = TwoBoots();
        var (start, _) = LineRange(card, Seg1, 5);
        card.SetBytes(Seg1, card.Bytes(Seg1).Take(start).ToArray());

        VerificationReport report = Verify(card);

        AssertFailureNames(report, Seg1, -1, "segment ends without segment-closed and no recovery record follows");
        AssertFailureNames(report, Seg2, 8, "sequence gap: records 6-7 missing");
    }

    [TestMethod]
    public void ClosedSegmentTruncatedMidRecord_IsDetectedWithTheCutRange()
    {
        MemoryCard card = TwoBoots();
        byte[] bytes = card.Bytes(Seg1);
        card.SetBytes(Seg1, bytes.Take(bytes.Length - 40).ToArray());
        var (start, _) = LineRange(card, Seg1, 6);

        VerificationReport report = Verify(card);

        AssertFailureNames(report, Seg1, -1, Seg1 + " bytes " + start + "-" + (bytes.Length - 40) + ": segment ends without segment-closed");
    }

    [TestMethod]
    public void DeletedSegment_IsMissingUnlessRecordedFreed()
    {
        MemoryCard card = TwoBoots();
        AuditLog log = AuditTestKit.NewLog(card);
        log.Open(0);
        log.CloseSegment(1);
        log.Append(2, AuditEvents.Marker, "in segment 4");
        card.Remove("audit/000003.log");

        VerificationReport report = Verify(card);

        AssertFailureNames(report, "audit/000003.log", -1, "audit segment missing and not recorded as freed");
    }

    [TestMethod]
    public void SegmentFreedAfterSync_IsANoteNotAFailure()
    {
        MemoryCard card = TwoBoots();
        string seg1Hash = AuditTestKit.Sha256Hex(card.Bytes(Seg1));
        AuditLog log = AuditTestKit.NewLog(card);
        log.Open(0);
        log.Append(5, AuditEvents.Confirmed, AuditDetail.File(Seg1, seg1Hash));
        log.Append(6, AuditEvents.Freed, AuditDetail.File(Seg1, seg1Hash));
        card.Remove(Seg1);

        VerificationReport report = Verify(card);

        Assert.IsTrue(report.Passed, AuditTestKit.Describe(report));
        StringAssert.Contains(AuditTestKit.Describe(report), "note " + Seg1 + " record 14: freed after the station confirmed it");
    }

    [TestMethod]
    public void ForgedFirstRecord_WithoutTheGenesisHash_IsDetected()
    {
        MemoryCard card = TwoBoots();
        var (_, end) = LineRange(card, Seg1, 0);
        byte[] bytes = card.Bytes(Seg1);
        string forged = "seq=1 mono=10 utc=not-set event=power-on prev=" + new string('a', 64) + " detail=firmware=0.1\n";
        card.SetBytes(Seg1, Encoding.ASCII.GetBytes(forged).Concat(bytes.Skip(end)).ToArray());

        VerificationReport report = Verify(card);

        AssertFailureNames(report, Seg1, 1, "genesis");
    }
}
