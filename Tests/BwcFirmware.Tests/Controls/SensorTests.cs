using BwcFirmware.Drivers.Sensors;
using BwcFirmware.Shared.Config;

namespace BwcFirmware.Tests.Controls;

[TestClass]
public sealed class SensorTests
{
    [TestMethod]
    public void DockWobble_ShorterThanOneSecond_ReportsNothing_AndASteadyDockReportsOnce()
    {
        var events = new ReportedBoardEvents();
        var dock = new DockSensor(events, new DeviceConfig());
        dock.OnRawLevel(false, 0);
        dock.Step(1500);
        Assert.AreEqual("undocked@1000", events.Take(), "the first settled level is reported");

        // Dropped into the dock badly: contacts make and break every 300 ms for 3 s, then stay made.
        for (long t = 2000; t < 5000; t += 300)
        {
            dock.OnRawLevel(((t - 2000) / 300) % 2 == 0, t);
            dock.Step(t + 150);
        }

        dock.OnRawLevel(true, 5000);
        dock.Step(5999);
        Assert.AreEqual(string.Empty, events.Take());
        dock.Step(6000);

        Assert.AreEqual("docked@6000", events.Take());
        Assert.IsTrue(dock.IsActive);
    }

    [TestMethod]
    public void DockDebounceBelowOneSecond_IsRaisedToOneSecond()
    {
        var events = new ReportedBoardEvents();
        var dock = new DockSensor(events, 200);

        dock.OnRawLevel(true, 0);
        dock.Step(999);
        Assert.AreEqual(string.Empty, events.Take());
        dock.Step(1000);

        Assert.AreEqual("docked@1000", events.Take());
    }

    [TestMethod]
    public void HolsterLevelAtStartUp_IsLearnedSilently_ThenADrawIsReportedOnce()
    {
        var events = new ReportedBoardEvents();
        var holster = new HolsterSensor(events, new DeviceConfig());
        holster.OnRawLevel(true, 0);
        holster.Step(500);
        Assert.AreEqual(string.Empty, events.Take(), "an empty holster at power-on must not start a recording");

        holster.OnRawLevel(false, 1000);
        holster.OnRawLevel(true, 1003);
        holster.OnRawLevel(false, 1006);
        holster.Step(2000);
        holster.OnRawLevel(true, 3000);
        holster.OnRawLevel(false, 3004);
        holster.OnRawLevel(true, 3008);
        holster.Step(4000);

        Assert.AreEqual("holstered@1056 drawn@3058", events.Take());
    }

    [TestMethod]
    public void CardDetect_ReportsTheCardFoundAtStartUp_AndARemoval()
    {
        var events = new ReportedBoardEvents();
        var card = new CardDetectSensor(events, new DeviceConfig());

        card.OnRawLevel(true, 0);
        card.Step(100);
        card.OnRawLevel(false, 5000);
        card.Step(5100);

        Assert.AreEqual("card-in@50 card-out@5050", events.Take());
    }

    [TestMethod]
    public void RepeatedReadingsOfTheSameLevel_AreHarmless()
    {
        var events = new ReportedBoardEvents();
        var card = new CardDetectSensor(events, 50);

        for (long t = 0; t <= 1000; t += 10)
        {
            card.OnRawLevel(true, t);
            card.Step(t);
        }

        Assert.AreEqual("card-in@50", events.Take());
    }
}
