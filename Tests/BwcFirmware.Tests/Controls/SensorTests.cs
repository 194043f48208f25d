using BwcFirmware.Drivers.Sensors;
using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Tests.Controls;

[TestClass]
public sealed class SensorTests
{
    [TestMethod]
    public void DockWobble_ShorterThanOneSecond_PostsNothing_AndASteadyDockPostsOnce()
    {
        var queue = new InputQueue();
        var dock = new DockSensor(queue, new DeviceConfig());
        dock.OnRawLevel(false, 0);
        dock.Step(1500);
        Assert.AreEqual("Undocked@1000", Drain(queue), "the first settled level is posted");

        // Dropped into the dock badly: contacts make and break every 300 ms for 3 s, then stay made.
        for (long t = 2000; t < 5000; t += 300)
        {
            dock.OnRawLevel(((t - 2000) / 300) % 2 == 0, t);
            dock.Step(t + 150);
        }

        dock.OnRawLevel(true, 5000);
        dock.Step(5999);
        Assert.AreEqual(string.Empty, Drain(queue));
        dock.Step(6000);

        Assert.AreEqual("Docked@6000", Drain(queue));
        Assert.IsTrue(dock.IsActive);
    }

    [TestMethod]
    public void DockDebounceBelowOneSecond_IsRaisedToOneSecond()
    {
        var queue = new InputQueue();
        var dock = new DockSensor(queue, 200);

        dock.OnRawLevel(true, 0);
        dock.Step(999);
        Assert.AreEqual(string.Empty, Drain(queue));
        dock.Step(1000);

        Assert.AreEqual("Docked@1000", Drain(queue));
    }

    [TestMethod]
    public void HolsterLevelAtStartUp_IsLearnedSilently_ThenADrawIsPostedOnce()
    {
        var queue = new InputQueue();
        var holster = new HolsterSensor(queue, new DeviceConfig());
        holster.OnRawLevel(true, 0);
        holster.Step(500);
        Assert.AreEqual(string.Empty, Drain(queue), "an empty holster at power-on must not start a recording");

        holster.OnRawLevel(false, 1000);
        holster.OnRawLevel(true, 1003);
        holster.OnRawLevel(false, 1006);
        holster.Step(2000);
        holster.OnRawLevel(true, 3000);
        holster.OnRawLevel(false, 3004);
        holster.OnRawLevel(true, 3008);
        holster.Step(4000);

        Assert.AreEqual("HolsterReturn@1056 HolsterDraw@3058", Drain(queue));
    }

    [TestMethod]
    public void CardDetect_PostsTheCardFoundAtStartUp_AndARemoval()
    {
        var queue = new InputQueue();
        var card = new CardDetectSensor(queue, new DeviceConfig());

        card.OnRawLevel(true, 0);
        card.Step(100);
        card.OnRawLevel(false, 5000);
        card.Step(5100);

        Assert.AreEqual("CardInserted@50 CardRemoved@5050", Drain(queue));
    }

    [TestMethod]
    public void RepeatedReadingsOfTheSameLevel_AreHarmless()
    {
        var queue = new InputQueue();
        var card = new CardDetectSensor(queue, 50);

        for (long t = 0; t <= 1000; t += 10)
        {
            card.OnRawLevel(true, t);
            card.Step(t);
        }

        Assert.AreEqual("CardInserted@50", Drain(queue));
    }

    internal static string Drain(InputQueue queue)
    {
        var names = new List<string>();
        while (queue.TryTake(out InputEvent e))
        {
            names.Add(e.Kind + (e.Argument != 0 ? "(" + e.Argument + ")" : string.Empty) + "@" + e.TimeMs);
        }

        return string.Join(" ", names);
    }
}
