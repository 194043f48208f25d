using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Sync;
using BwcFirmware.Shared.Time;
using BwcFirmware.Tests.Audit;

namespace BwcFirmware.Tests.Time;

[TestClass]
public sealed class UtcClockTests
{
    private static readonly DateTime s_stationNoon = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);

    [TestMethod]
    public void UntilTheStationSetsIt_UtcIsUnknownAndSaysNotSet()
    {
        var clock = new UtcClock();

        Assert.IsFalse(clock.IsSet, "the indicator warns on this");
        Assert.IsFalse(clock.TryGetUtc(5000, out _));
        Assert.AreEqual("not-set", clock.Describe(5000));
    }

    [TestMethod]
    public void OnceSet_UtcRunsOnTheMonotonicClock()
    {
        var clock = new UtcClock();
        clock.Set(10_000, s_stationNoon);

        Assert.IsTrue(clock.TryGetUtc(70_250, out DateTime utc));
        Assert.AreEqual(new DateTime(2026, 11, 26, 12, 1, 0, 250), utc);
        Assert.AreEqual("2026-11-26T12:01:00.250Z", clock.Describe(70_250));
    }

    [TestMethod]
    public void FirstSet_IsRecordedWithItsSource()
    {
        var card = new MemoryCard();
        var clock = new UtcClock();
        AuditLog log = AuditTestKit.NewLog(card, clock);
        var station = new StationTime(clock, log);

        Assert.IsTrue(station.Apply(1000, s_stationNoon, TimeSource.Sntp));

        AuditRecord record = AuditTestKit.Records(card).Single();
        Assert.AreEqual(AuditEvents.ClockSet, record.EventName);
        Assert.AreEqual("utc=2026-11-26T12:00:00.000Z source=sntp previous=not-set", record.Detail);
        Assert.AreEqual("2026-11-26T12:00:00.000Z", record.Utc);
    }

    [TestMethod]
    public void LaterSets_RecordTheDriftWithItsSign()
    {
        var card = new MemoryCard();
        var clock = new UtcClock();
        AuditLog log = AuditTestKit.NewLog(card, clock);
        var station = new StationTime(clock, log);
        station.Apply(1000, s_stationNoon, TimeSource.Sntp);

        // An hour later on the device's crystal the station is 1.25 s ahead: the device ran slow.
        station.Apply(3_601_000, s_stationNoon.AddHours(1).AddMilliseconds(1250), TimeSource.HttpDate);
        station.Apply(7_201_000, s_stationNoon.AddHours(2).AddMilliseconds(1000), TimeSource.HttpDate);

        List<AuditRecord> records = AuditTestKit.Records(card);
        Assert.AreEqual(AuditEvents.ClockAdjusted, records[1].EventName);
        Assert.AreEqual("-1250", records[1].DetailValue("drift_ms"));
        Assert.AreEqual("http-date", records[1].DetailValue("source"));
        Assert.AreEqual("3600000", records[1].DetailValue("since_last_set_ms"));
        Assert.AreEqual("+250", records[2].DetailValue("drift_ms"));
    }

    [TestMethod]
    public void ImplausibleStationTime_IsRefusedAndRecorded_ClockStaysUnset()
    {
        var card = new MemoryCard();
        var clock = new UtcClock();
        var station = new StationTime(clock, AuditTestKit.NewLog(card, clock));

        Assert.IsFalse(station.Apply(1000, new DateTime(1970, 1, 1, 0, 0, 5, DateTimeKind.Utc), TimeSource.HttpDate));

        Assert.IsFalse(clock.IsSet);
        AuditRecord record = AuditTestKit.Records(card).Single();
        Assert.AreEqual(AuditEvents.ClockRejected, record.EventName);
        Assert.AreEqual("offered=1970-01-01T00:00:05.000Z source=http-date", record.Detail);
        Assert.AreEqual("not-set", record.Utc);
    }

    [TestMethod]
    public void UtcFormat_RoundTripsAndRefusesLookalikes()
    {
        var when = new DateTime(2026, 2, 28, 23, 59, 59, 7);

        Assert.IsTrue(UtcFormat.TryParse(UtcFormat.Format(when), out DateTime back));
        Assert.AreEqual(when, back);
        Assert.IsFalse(UtcFormat.TryParse("2026-02-29T00:00:00.000Z", out _), "2026 is no leap year");
        Assert.IsFalse(UtcFormat.TryParse("2026-02-28T23:59:59.007", out _));
        Assert.IsFalse(UtcFormat.TryParse("2026-02-28 23:59:59.007Z", out _));
    }
}
