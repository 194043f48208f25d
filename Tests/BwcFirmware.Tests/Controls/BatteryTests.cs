using BwcFirmware.Drivers.Sensors;
using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Tests.Controls;

[TestClass]
public sealed class BatteryTests
{
    [TestMethod]
    [DataRow(3000, 0)]
    [DataRow(3300, 0)]
    [DataRow(3375, 3)]
    [DataRow(3450, 5)]
    [DataRow(3600, 15)]
    [DataRow(3650, 23)]
    [DataRow(3800, 60)]
    [DataRow(4150, 100)]
    [DataRow(4400, 100)]
    public void DefaultCurve_InterpolatesBetweenItsPoints(int millivolts, int percent)
    {
        Assert.AreEqual(percent, BatteryCurve.Default.PercentAt(millivolts));
    }

    [TestMethod]
    [DataRow("3300:0, 4200:100", 3750, 50)]
    [DataRow("3000:0,3500:50,4000:100", 3250, 25)]
    public void ConfiguredCurve_IsUsed(string text, int millivolts, int percent)
    {
        BatteryCurve? curve = BatteryCurve.TryParse(text, out string? problem);

        Assert.IsNotNull(curve, problem);
        Assert.AreEqual(percent, curve.PercentAt(millivolts));
    }

    [TestMethod]
    [DataRow("", "empty curve")]
    [DataRow("3300:0", "needs at least 2 mV:percent points")]
    [DataRow("3300:0, 3200:100", "points must rise in mV and never fall in percent")]
    [DataRow("3300:50, 4000:10", "points must rise in mV and never fall in percent")]
    [DataRow("3300:0, 4000:101", "percent must be 0-100")]
    [DataRow("3300-0, 4000:100", "expected mV:percent pairs separated by commas")]
    [DataRow("3300:0, 99999:100", "millivolts must be 1000-10000")]
    public void BadCurves_AreRejectedWithAReason(string text, string reason)
    {
        BatteryCurve? curve = BatteryCurve.TryParse(text, out string? problem);

        Assert.IsNull(curve);
        Assert.AreEqual(reason, problem);
    }

    [TestMethod]
    public void FirstReading_ReportsTheLevelAndTheBand()
    {
        var events = new ReportedBoardEvents();
        var battery = new BatteryMonitor(events, new DeviceConfig());

        battery.OnSample(3800, 0);

        Assert.AreEqual("battery(60)@0 normal(60)@0", events.Take());
    }

    [TestMethod]
    public void Discharging_ReportsLowOnceThenCriticalOnce_DespiteAdcNoise()
    {
        var events = new ReportedBoardEvents();
        var battery = new BatteryMonitor(events, new DeviceConfig());
        var noise = new Random(7);

        // From 3700 mV (30 %) down to 3380 mV (about 3 %), 1 mV a second, with +-15 mV of ADC noise.
        for (int s = 0; s <= 320; s++)
        {
            battery.OnSample(3700 - s + noise.Next(-15, 16), s * 1000L);
        }

        CollectionAssert.AreEqual(new[] { "normal", "low", "critical" }, events.Bands);
        Assert.AreEqual(BatteryBand.Critical, battery.Band);
    }

    [TestMethod]
    public void NoiseAroundTheCriticalThreshold_DoesNotFlap()
    {
        var events = new ReportedBoardEvents();
        var battery = new BatteryMonitor(events, new DeviceConfig());
        var noise = new Random(11);
        for (int s = 0; s < 8; s++)
        {
            battery.OnSample(3600, s * 1000L);
        }

        // 3450 mV is exactly 5 %; readings scatter 3420-3480 mV, so the average wanders across the threshold.
        var percents = new HashSet<int>();
        for (int s = 8; s < 400; s++)
        {
            battery.OnSample(3450 + noise.Next(-30, 31), s * 1000L);
            percents.Add(battery.Percent);
        }

        Assert.IsTrue(percents.Contains(5) && percents.Contains(6), "the noise must cross the threshold for this test to mean anything");
        CollectionAssert.AreEqual(new[] { "low", "critical" }, events.Bands);
    }

    [TestMethod]
    public void Charging_LeavesCriticalOnlyWithHysteresis()
    {
        var events = new ReportedBoardEvents();
        var battery = new BatteryMonitor(events, DeviceWithCurve("3000:0, 4000:100"));
        for (int s = 0; s < 8; s++)
        {
            battery.OnSample(3040, s * 1000L);
        }

        Assert.AreEqual(BatteryBand.Critical, battery.Band);
        for (int s = 8; s < 16; s++)
        {
            battery.OnSample(3070, s * 1000L);
        }

        Assert.AreEqual(BatteryBand.Critical, battery.Band, "7 % is still within 3 % above the 5 % threshold");
        for (int s = 16; s < 24; s++)
        {
            battery.OnSample(3080, s * 1000L);
        }

        Assert.AreEqual(BatteryBand.Low, battery.Band);
    }

    [TestMethod]
    public void ImpossibleReadings_AreDroppedNotTakenAsAnEmptyCell()
    {
        var events = new ReportedBoardEvents();
        var battery = new BatteryMonitor(events, new DeviceConfig());
        battery.OnSample(3900, 0);
        events.Take();

        battery.OnSample(0, 1000);
        battery.OnSample(65535, 2000);

        Assert.AreEqual(2, battery.RejectedSampleCount);
        Assert.AreEqual(75, battery.Percent);
        Assert.AreEqual(string.Empty, events.Take());
    }

    private static DeviceConfig DeviceWithCurve(string curve)
    {
        return new DeviceConfig { BatteryCurve = BatteryCurve.TryParse(curve, out _) };
    }
}
