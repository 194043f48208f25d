using System.Text;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Verification;

namespace BwcFirmware.Tests.Audit;

/// <summary>
/// The power fails at every byte of a short session (boot, several records, a segment rotation, shutdown);
/// after each cut the next boot must keep every record that was flushed whole, note the cut, and verify.
/// </summary>
[TestClass]
public sealed class AuditPowerCutTests
{
    private static void Session(MemoryCard card)
    {
        AuditLog log = AuditTestKit.NewLog(card, segmentLimit: 500);
        log.Open(0);
        log.Append(10, AuditEvents.PowerOn, "firmware=0.1");
        log.Append(2000, AuditEvents.State, "Idle->PreEventBuffer cause=undock");
        log.Append(3000, AuditEvents.State, "PreEventBuffer->Recording cause=record.double");
        log.Append(4000, AuditEvents.Marker, "note=function.press");
        log.Append(5000, AuditEvents.Mute, "on clip=000001");
        log.Append(6000, AuditEvents.Mute, "off clip=000001");
        log.Append(7000, AuditEvents.Stop, "cause=record.hold");
        log.Append(8000, AuditEvents.PowerOff, "cause=button");
        log.CloseSegment(8001);
    }

    private static List<string> AllLines(MemoryCard card)
    {
        return AuditTestKit.Records(card).Select(r => r.Format()).ToList();
    }

    [TestMethod]
    public void PowerCutAtEveryByte_KeepsEveryFlushedRecord_AndBootRecordsTheCut()
    {
        var reference = new MemoryCard();
        Session(reference);
        List<string> expected = AllLines(reference);
        long total = expected.Sum(l => l.Length + 1L);

        for (long cut = 0; cut < total; cut++)
        {
            var card = new MemoryCard();
            card.CutPowerAfterDurableBytes(cut);
            Assert.ThrowsExactly<PowerCutException>(() => Session(card), "cut at " + cut);
            card.Reboot();

            AuditLog log = AuditTestKit.NewLog(card);
            log.Open(0);
            log.Append(1, AuditEvents.PowerOn, "after cut");

            List<AuditRecord> records = AuditTestKit.Records(card);
            int kept = 0;
            long keptBytes = 0;
            while (kept < expected.Count && keptBytes + expected[kept].Length + 1 <= cut)
            {
                keptBytes += expected[kept].Length + 1;
                kept++;
            }

            for (int i = 0; i < kept; i++)
            {
                Assert.AreEqual(expected[i], records[i].Format(), "cut at " + cut + ": record " + (i + 1) + " changed");
            }

            long partial = cut - keptBytes;
            bool cleanBoundary = kept == 0 || expected[kept - 1].Contains("event=segment-closed", StringComparison.Ordinal);
            if (partial == 0 && cleanBoundary)
            {
                // Nothing of the lost record reached the card and its segment was closed: nothing to recover.
                Assert.AreEqual(AuditEvents.PowerOn, records[kept].EventName, "cut at " + cut);
                Assert.AreEqual(kept + 1, records[kept].Sequence, "cut at " + cut);
            }
            else
            {
                AuditRecord recovery = records[kept];
                Assert.AreEqual(AuditEvents.Recovery, recovery.EventName, "cut at " + cut);
                Assert.AreEqual(partial.ToString(), recovery.DetailValue("partial_bytes"), "cut at " + cut);
                Assert.AreEqual(kept + 1, recovery.Sequence, "cut at " + cut);
            }

            VerificationReport report = AuditTestKit.VerifyChain(card);
            Assert.IsTrue(report.Passed, "cut at " + cut + ":\n" + AuditTestKit.Describe(report));
        }
    }

    [TestMethod]
    public void PowerCutMidRecord_LeavesAPartialLineThatTheVerifierAttributesToTheCut()
    {
        var card = new MemoryCard();
        AuditLog log = AuditTestKit.NewLog(card);
        log.Append(10, AuditEvents.PowerOn, string.Empty);
        long whole = card.Bytes("audit/000001.log").Length;
        card.CutPowerAfterDurableBytes(20);
        Assert.ThrowsExactly<PowerCutException>(() => log.Append(20, AuditEvents.Marker, "half written"));
        card.Reboot();

        AuditLog next = AuditTestKit.NewLog(card);
        next.Open(0);

        Assert.AreEqual(whole + 20, card.Bytes("audit/000001.log").Length);
        AuditRecord recovery = AuditTestKit.Records(card)[1];
        Assert.AreEqual("audit/000001.log", recovery.DetailValue("segment"));
        Assert.AreEqual(whole.ToString(), recovery.DetailValue("partial_at"));
        Assert.AreEqual("1", recovery.DetailValue("last_seq"));
        VerificationReport report = AuditTestKit.VerifyChain(card);
        Assert.IsTrue(report.Passed, AuditTestKit.Describe(report));
        StringAssert.Contains(AuditTestKit.Describe(report), "note audit/000001.log bytes " + whole + "-" + (whole + 20) + ": partial record from a power cut");
    }

    [TestMethod]
    public void RepeatedCutsDuringRecovery_StillChainAndVerify()
    {
        var card = new MemoryCard();
        AuditTestKit.NewLog(card).Append(0, AuditEvents.PowerOn, string.Empty);
        for (int boot = 0; boot < 4; boot++)
        {
            card.CutPowerAfterDurableBytes(7 * (boot + 1));
            Assert.ThrowsExactly<PowerCutException>(() => AuditTestKit.NewLog(card).Open(boot));
            card.Reboot();
        }

        AuditLog log = AuditTestKit.NewLog(card);
        log.Open(0);
        log.Append(5, AuditEvents.PowerOn, string.Empty);

        VerificationReport report = AuditTestKit.VerifyChain(card);
        Assert.IsTrue(report.Passed, AuditTestKit.Describe(report));
        Assert.AreEqual(3, log.LastSequence, "power-on, one recovery, power-on: partial recoveries never became records");
    }
}
