using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Time;
using BwcFirmware.Shared.Verification;

namespace BwcFirmware.Tests.Audit;

/// <summary>
/// The same power-cut discipline on the card store's fault-injecting card, which tears the last write at a
/// random length and turns every later call into a card fault (as a dying card does) until power returns.
/// </summary>
[TestClass]
public sealed class AuditPowerCutOnFaultInjectingCardTests
{
    private static void Session(FaultInjectingCardFileSystem card)
    {
        var log = new AuditLog(card, new Sha256(), new UtcClock(), new AuditLogSettings { SegmentLimitBytes = 450 });
        log.Open(0);
        log.Append(10, AuditEvents.PowerOn, "firmware=0.1");
        log.Append(2000, AuditEvents.State, "Idle->PreEventBuffer cause=undock");
        log.Append(3000, AuditEvents.State, "PreEventBuffer->Recording cause=record.double");
        log.Append(4000, AuditEvents.Marker, "note=function.press");
        log.Append(7000, AuditEvents.Stop, "cause=record.hold");
        log.Append(8000, AuditEvents.PowerOff, "cause=button");
        log.CloseSegment(8001);
    }

    [TestMethod]
    public void CutAtEveryByteWithTornWrites_KeepsAPrefixOfTheChain_AndVerifiesAfterBoot()
    {
        var referenceCard = new MemoryCard();
        var reference = new FaultInjectingCardFileSystem(referenceCard);
        Session(reference);
        List<string> expected = AuditTestKit.Records(referenceCard).Select(r => r.Format()).ToList();
        long total = reference.BytesWritten;

        for (long cut = 0; cut < total; cut++)
        {
            var durable = new MemoryCard();
            var card = new FaultInjectingCardFileSystem(durable, seed: (int)cut + 1);
            card.CutPowerAfterBytes(cut);
            Session(card);
            Assert.IsFalse(card.IsAlive, "cut at " + cut + " never happened");
            card.PowerOn();

            var log = new AuditLog(card, new Sha256(), new UtcClock(), new AuditLogSettings());
            log.Open(0);
            log.Append(1, AuditEvents.PowerOn, "after cut");

            List<AuditRecord> records = AuditTestKit.Records(durable);
            int kept = records.TakeWhile(r => r.EventName != AuditEvents.Recovery && !(r.Detail == "after cut")).Count();
            CollectionAssert.AreEqual(expected.Take(kept).ToList(), records.Take(kept).Select(r => r.Format()).ToList(), "cut at " + cut);
            Assert.AreEqual(kept + 1, records[kept].Sequence, "cut at " + cut + ": numbering goes on from the last whole record");
            VerificationReport report = AuditTestKit.VerifyChain(card);
            Assert.IsTrue(report.Passed, "cut at " + cut + ":\n" + AuditTestKit.Describe(report));
        }
    }

    [TestMethod]
    public void CardPulledMidShift_KeepsWhatCouldNotBeWritten_AndWritesItWhenTheCardIsBack()
    {
        var durable = new MemoryCard();
        var card = new FaultInjectingCardFileSystem(durable);
        var log = new AuditLog(card, new Sha256(), new UtcClock(), new AuditLogSettings());
        log.Append(10, AuditEvents.PowerOn, string.Empty);
        card.RemoveCard();
        log.Append(20, AuditEvents.CardFault, "fault=removed");
        log.Append(30, AuditEvents.Marker, "while out");
        card.PowerOn();
        log.Append(40, AuditEvents.CardFault, "fault=inserted");

        List<AuditRecord> records = AuditTestKit.Records(durable);
        Assert.AreEqual(AuditEvents.Recovery, records[1].EventName);
        Assert.AreEqual("0", records[1].DetailValue("dropped"));
        Assert.AreEqual("2", records[1].DetailValue("held"));
        Assert.AreEqual("fault=removed at_mono=20", records[2].Detail);
        Assert.AreEqual("while out at_mono=30", records[3].Detail);
        Assert.AreEqual("fault=inserted", records[4].Detail);
        Assert.IsTrue(AuditTestKit.VerifyChain(card).Passed);
    }
}
