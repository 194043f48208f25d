using System.Text;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Time;

namespace BwcFirmware.Tests.Audit;

[TestClass]
public sealed class AuditLogTests
{
    private const string FirstSegment = "audit/000001.log";

    [TestMethod]
    public void EachRecord_IsOneLineCarryingTheHashOfTheLineBefore()
    {
        var card = new MemoryCard();
        AuditLog log = AuditTestKit.NewLog(card);
        log.Open(0);
        log.Append(5, AuditEvents.PowerOn, "firmware=0.1");
        log.Append(900, AuditEvents.State, "Idle->PreEventBuffer cause=undock");
        log.Append(1800, AuditEvents.Marker, "note=officer");

        string[] lines = AuditTestKit.Lines(card, FirstSegment);
        Assert.HasCount(3, lines);
        Assert.AreEqual("seq=1 mono=5 utc=not-set event=power-on prev=" + AuditRecord.GenesisHash + " detail=firmware=0.1", lines[0]);
        for (int i = 1; i < lines.Length; i++)
        {
            Assert.IsTrue(AuditRecord.TryParse(lines[i], out AuditRecord record));
            Assert.AreEqual(i + 1, record.Sequence);
            Assert.AreEqual(AuditTestKit.Sha256Hex(Encoding.ASCII.GetBytes(lines[i - 1] + "\n")), record.PreviousHash);
        }

        Assert.AreEqual(AuditTestKit.Sha256Hex(Encoding.ASCII.GetBytes(lines[2] + "\n")), log.HeadHash);
        Assert.AreEqual(3, log.LastSequence);
    }

    [TestMethod]
    public void RecordsBeforeTheClockIsSet_SayNotSet_ThenCarryStationTime()
    {
        var card = new MemoryCard();
        var clock = new UtcClock();
        AuditLog log = AuditTestKit.NewLog(card, clock);
        log.Append(1000, AuditEvents.PowerOn, string.Empty);
        clock.Set(2000, new DateTime(2026, 11, 26, 3, 0, 0, DateTimeKind.Utc));
        log.Append(2500, AuditEvents.Dock, string.Empty);

        List<AuditRecord> records = AuditTestKit.Records(card);
        Assert.AreEqual(UtcFormat.NotSet, records[0].Utc);
        Assert.AreEqual("2026-11-26T03:00:00.500Z", records[1].Utc);
    }

    [TestMethod]
    public void DetailWithLineBreaksOrNonAscii_StaysOnOneLine()
    {
        var card = new MemoryCard();
        AuditLog log = AuditTestKit.NewLog(card);
        log.Append(1, AuditEvents.ConfigRejected, "key=x\nseq=99 forged\r\u00e9");

        string[] lines = AuditTestKit.Lines(card, FirstSegment);
        Assert.HasCount(1, lines);
        StringAssert.EndsWith(lines[0], "detail=key=x?seq=99 forged??");
        Assert.IsTrue(AuditTestKit.VerifyChain(card).Passed);
    }

    [TestMethod]
    public void MalformedEventName_IsRefused()
    {
        AuditLog log = AuditTestKit.NewLog(new MemoryCard());

        Assert.ThrowsExactly<ArgumentException>(() => log.Append(1, "State Change", "x"));
        Assert.ThrowsExactly<ArgumentException>(() => log.Append(1, string.Empty, "x"));
    }

    [TestMethod]
    public void FullSegment_IsClosedNamingTheNext_AndTheChainRunsOn()
    {
        var card = new MemoryCard();
        AuditLog log = AuditTestKit.NewLog(card, segmentLimit: 600);
        for (int i = 0; i < 12; i++)
        {
            log.Append(i * 100, AuditEvents.Marker, "n=" + i);
        }

        string[] segments = card.ListFiles(CardLayout.AuditDirectory);
        Assert.IsGreaterThanOrEqualTo(3, segments.Length);
        string[] first = AuditTestKit.Lines(card, FirstSegment);
        StringAssert.Contains(first[^1], "event=segment-closed");
        StringAssert.EndsWith(first[^1], "next=audit/000002.log");
        List<AuditRecord> records = AuditTestKit.Records(card);
        for (int i = 0; i < records.Count; i++)
        {
            Assert.AreEqual(i + 1, records[i].Sequence);
        }

        Assert.IsTrue(AuditTestKit.VerifyChain(card).Passed, AuditTestKit.Describe(AuditTestKit.VerifyChain(card)));
    }

    [TestMethod]
    public void EveryPowerOn_StartsANewSegment_SoClosedOnesNeverChange()
    {
        var card = new MemoryCard();
        AuditLog log = AuditTestKit.NewLog(card);
        log.Append(0, AuditEvents.PowerOn, string.Empty);
        log.Append(10, AuditEvents.PowerOff, "cause=button");
        log.CloseSegment(11);
        byte[] closed = card.Bytes(FirstSegment);
        card.Reboot();

        AuditLog next = AuditTestKit.NewLog(card);
        next.Open(0);
        next.Append(1, AuditEvents.PowerOn, string.Empty);

        CollectionAssert.AreEqual(closed, card.Bytes(FirstSegment));
        Assert.AreEqual("audit/000002.log", next.CurrentSegment);
        List<AuditRecord> records = AuditTestKit.Records(card);
        Assert.AreEqual(AuditEvents.PowerOn, records[3].EventName, "a clean shutdown needs no recovery record");
        Assert.IsTrue(AuditTestKit.VerifyChain(card).Passed);
    }

    [TestMethod]
    public void CardFault_IsAbsorbed_RecordsAreHeldAndWrittenWhenTheCardAnswers()
    {
        var card = new MemoryCard();
        AuditLog log = AuditTestKit.NewLog(card);
        log.Append(0, AuditEvents.PowerOn, string.Empty);
        card.FailWith = CardFault.Removed;
        log.Append(10, AuditEvents.Marker, "held-1");
        log.Append(20, AuditEvents.Marker, "held-2");
        Assert.IsTrue(log.IsFaulted);
        Assert.AreEqual(2, log.HeldRecords);
        Assert.AreEqual(0, log.DroppedRecords);

        card.FailWith = null;
        log.Append(30, AuditEvents.CardFault, "fault=removed");

        Assert.IsFalse(log.IsFaulted);
        Assert.AreEqual(0, log.HeldRecords);
        List<AuditRecord> records = AuditTestKit.Records(card);
        Assert.AreEqual(AuditEvents.Recovery, records[1].EventName);
        Assert.AreEqual("0", records[1].DetailValue("dropped"));
        Assert.AreEqual("2", records[1].DetailValue("held"));
        Assert.AreEqual("held-1 at_mono=10", records[2].Detail);
        Assert.AreEqual("held-2 at_mono=20", records[3].Detail);
        Assert.AreEqual(30, records[3].MonotonicMs, "written at the time the card answered: the chain's times never go back");
        Assert.AreEqual(AuditEvents.CardFault, records[4].EventName);
        Assert.AreEqual(5, records[4].Sequence);
        Assert.IsTrue(AuditTestKit.VerifyChain(card).Passed, AuditTestKit.Describe(AuditTestKit.VerifyChain(card)));
    }

    [TestMethod]
    public void CardFault_BeyondTheHeldLimit_RecordsAreCountedAsDropped()
    {
        var card = new MemoryCard();
        var log = new AuditLog(card, new BwcFirmware.Shared.Hashing.Sha256(), new BwcFirmware.Shared.Time.UtcClock(), new AuditLogSettings { HeldRecordLimit = 1 });
        log.Append(0, AuditEvents.PowerOn, string.Empty);
        card.FailWith = CardFault.Removed;
        log.Append(10, AuditEvents.Marker, "held");
        log.Append(20, AuditEvents.Marker, "lost-1");
        log.Append(25, AuditEvents.Marker, "lost-2");

        card.FailWith = null;
        log.Append(30, AuditEvents.CardFault, "fault=removed");

        List<AuditRecord> records = AuditTestKit.Records(card);
        Assert.AreEqual("2", records[1].DetailValue("dropped"));
        Assert.AreEqual("1", records[1].DetailValue("held"));
        Assert.AreEqual("held at_mono=10", records[2].Detail);
        Assert.IsTrue(AuditTestKit.VerifyChain(card).Passed);
    }
}
