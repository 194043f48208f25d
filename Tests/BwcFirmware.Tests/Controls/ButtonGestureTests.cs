using BwcFirmware.Drivers.Buttons;
using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Tests.Controls;

/// <summary>
/// Edge timelines with contact bounce through the record and function buttons, each with the loop stepping
/// every 10 ms and every 250 ms and with several bounce seeds: the gestures, their times and their count must
/// not depend on any of that. The buttons report gestures alone; what they mean is <c>InputMapTests</c>' table.
/// </summary>
[TestClass]
public sealed class ButtonGestureTests
{
    private static readonly int[] s_seeds = { 1, 2, 3, 4, 5, 6, 7, 8 };
    private static readonly int[] s_stepIntervals = { 10, 250 };

    [TestMethod]
    [DataRow("0:120", "press@0", DisplayName = "one short press")]
    [DataRow("0:120 300:100", "double@300", DisplayName = "second press 180 ms after release")]
    [DataRow("0:120 520:100", "double@520", DisplayName = "second press exactly 400 ms after release")]
    [DataRow("0:120 521:100", "press@0 press@521", DisplayName = "second press 401 ms after release: two singles")]
    [DataRow("0:3500", "hold@3000", DisplayName = "held 3.5 s")]
    [DataRow("0:3000", "hold@3000", DisplayName = "held exactly 3 s")]
    [DataRow("0:2990", "press@0", DisplayName = "held 2.99 s")]
    [DataRow("0:100 250:3500", "double@250", DisplayName = "double press whose second press is held: no hold")]
    [DataRow("0:100 200:100 400:100", "double@200 press@400", DisplayName = "triple press")]
    [DataRow("0:100 200:100 400:100 600:100", "double@200 double@600", DisplayName = "two double presses")]
    [DataRow("0:3200 3400:100", "hold@3000 press@3400", DisplayName = "press after a hold is a fresh single")]
    [DataRow("0:20", "", DisplayName = "20 ms contact is bounce, not a press")]
    [DataRow("500:~", "", DisplayName = "bounce burst alone")]
    [DataRow("0:100 150:~", "press@0", DisplayName = "bounce burst inside the double window")]
    [DataRow("0:1500 2000:150", "press@0 press@2000", DisplayName = "long press below hold, then another")]
    public void RecordButton_TurnsBouncyEdgesIntoGestures(string script, string expected)
    {
        foreach (int stepMs in s_stepIntervals)
        {
            foreach (int seed in s_seeds)
            {
                string got = Run(e => new RecordButton(e, new DeviceConfig()), script, seed, stepMs);
                Assert.AreEqual(expected, got, "script " + script + " seed " + seed + " step " + stepMs + " ms");
            }
        }
    }

    [TestMethod]
    [DataRow("0:120", "fpress@0", DisplayName = "one short press")]
    [DataRow("0:120 300:100", "fdouble@300", DisplayName = "two quick presses: a double (sensitive flag)")]
    [DataRow("0:120 521:100", "fpress@0 fpress@521", DisplayName = "second press 401 ms after release: two singles")]
    [DataRow("0:100 250:2500", "fdouble@250", DisplayName = "double press whose second press is held: no hold, no mute")]
    [DataRow("0:2500", "fhold@2000", DisplayName = "held 2.5 s")]
    [DataRow("0:1990", "fpress@0", DisplayName = "held 1.99 s")]
    [DataRow("0:2100 2300:2100", "fhold@2000 fhold@4300", DisplayName = "two holds toggle twice")]
    [DataRow("0:15", "", DisplayName = "15 ms contact is bounce")]
    public void FunctionButton_TurnsBouncyEdgesIntoGestures(string script, string expected)
    {
        foreach (int stepMs in s_stepIntervals)
        {
            foreach (int seed in s_seeds)
            {
                string got = Run(e => new FunctionButton(e, new DeviceConfig()), script, seed, stepMs);
                Assert.AreEqual(expected, got, "script " + script + " seed " + seed + " step " + stepMs + " ms");
            }
        }
    }

    [TestMethod]
    public void FunctionButton_WithTheSensitiveFlagOnASinglePress_HasNoDoublePress()
    {
        var config = new DeviceConfig { SensitiveGesture = SensitiveGestures.FunctionPress };

        Assert.AreEqual("fpress@0 fpress@300", Run(e => new FunctionButton(e, config), "0:120 300:100", 1, 10));
        Assert.AreEqual("fhold@2000", Run(e => new FunctionButton(e, config), "0:2500", 1, 10));
    }

    [TestMethod]
    [DataRow("300:3500", "0:4000", "chord@3300", DisplayName = "function down, record held 3 s with it: the chord hold, no mute")]
    [DataRow("0:3500", "0:4000", "chord@3000", DisplayName = "both pressed at once")]
    [DataRow("0:3500", "200:4000", "chord@3000", DisplayName = "record first, function joins before the hold")]
    [DataRow("300:3500", "0:1000", "hold@3300", DisplayName = "function let go before the hold: an ordinary stop")]
    [DataRow("300:100", "0:4000", "", DisplayName = "a short record press inside the chord: no marker, no mute")]
    [DataRow("0:3500", "", "hold@3000", DisplayName = "record alone: the ordinary stop")]
    [DataRow("", "0:2500", "fhold@2000", DisplayName = "function alone: the mute")]
    [DataRow("0:120 300:100", "1000:100 1300:100", "double@300 fdouble@1300", DisplayName = "doubles apart stay doubles")]
    public void RecordAndFunctionTogether_MakeThePrivacyStopChord(string record, string function, string expected)
    {
        foreach (int stepMs in s_stepIntervals)
        {
            foreach (int seed in s_seeds)
            {
                string got = RunChord(record, function, seed, stepMs);
                Assert.AreEqual(expected, got, "record " + record + " function " + function + " seed " + seed + " step " + stepMs + " ms");
            }
        }
    }

    [TestMethod]
    public void Hold_FiresWhenTheThresholdPasses_NotAtRelease()
    {
        var events = new ReportedBoardEvents();
        var button = new RecordButton(events, new DeviceConfig());
        button.OnRawEdge(true, 0);

        button.Step(2990);
        Assert.AreEqual(0, events.Count);
        button.Step(3010);

        Assert.IsTrue(button.IsPressed);
        Assert.AreEqual("hold@3000", events.Take());
        button.OnRawEdge(false, 5000);
        button.Step(6000);
        Assert.AreEqual(0, events.Count, "release after a hold gives nothing");
    }

    [TestMethod]
    public void ConfiguredTimings_AreUsed()
    {
        var config = new DeviceConfig { ButtonDebounceMs = 10, RecordDoublePressMs = 200, RecordHoldMs = 1000 };

        Assert.AreEqual("press@0 press@330", Run(e => new RecordButton(e, config), "0:100 330:50", 1, 10));
        Assert.AreEqual("double@250", Run(e => new RecordButton(e, config), "0:100 250:50", 1, 10));
        Assert.AreEqual("hold@1000", Run(e => new RecordButton(e, config), "0:1200", 1, 10));
    }

    [TestMethod]
    public void EdgesDatedBeforeTheLastOne_AreTakenAsHappeningThen()
    {
        var events = new ReportedBoardEvents();
        var button = new FunctionButton(events, new DeviceConfig());

        button.OnRawEdge(true, 1000);
        button.OnRawEdge(false, 900);
        button.Step(1100);

        // The release is taken at 1000, so the contact never rested pressed: no gesture at all.
        Assert.AreEqual(0, events.Count);
        Assert.IsFalse(button.IsPressed);
    }

    [TestMethod]
    public void ABouncyDoublePress_IsReportedOnce()
    {
        var events = new ReportedBoardEvents();
        var button = new RecordButton(events, new DeviceConfig());

        foreach (var (pressed, time) in EdgeTimeline.Parse("0:100 200:100", 3))
        {
            button.OnRawEdge(pressed, time);
        }

        button.Step(2000);

        Assert.AreEqual("double@200", events.Take());
    }

    /// <summary>Feeds the edges with the loop stepping every <paramref name="stepMs"/>, then lets 5 s pass.</summary>
    private static string Run(Func<IBoardEvents, GestureButton> create, string script, int seed, int stepMs)
    {
        var events = new ReportedBoardEvents();
        GestureButton button = create(events);
        var edges = EdgeTimeline.Parse(script, seed);
        long end = (edges.Count == 0 ? 0 : edges[^1].TimeMs) + 5000;
        int next = 0;
        for (long now = 0; now <= end; now += stepMs)
        {
            while (next < edges.Count && edges[next].TimeMs <= now)
            {
                button.OnRawEdge(edges[next].Pressed, edges[next].TimeMs);
                next++;
            }

            button.Step(now);
        }

        return events.Take();
    }

    /// <summary>Both buttons joined as the board joins them, stepped record first as <c>BoardDrivers</c> does.</summary>
    private static string RunChord(string recordScript, string functionScript, int seed, int stepMs)
    {
        var events = new ReportedBoardEvents();
        var record = new RecordButton(events, new DeviceConfig());
        var function = new FunctionButton(events, new DeviceConfig());
        record.JoinChord(function);
        var edges = EdgeTimeline.Parse(recordScript, seed).Select(e => (Button: (GestureButton)record, e.Pressed, e.TimeMs))
            .Concat(EdgeTimeline.Parse(functionScript, seed + 100).Select(e => (Button: (GestureButton)function, e.Pressed, e.TimeMs)))
            .OrderBy(e => e.TimeMs).ToList();
        long end = (edges.Count == 0 ? 0 : edges[^1].TimeMs) + 5000;
        int next = 0;
        for (long now = 0; now <= end; now += stepMs)
        {
            while (next < edges.Count && edges[next].TimeMs <= now)
            {
                edges[next].Button.OnRawEdge(edges[next].Pressed, edges[next].TimeMs);
                next++;
            }

            record.Step(now);
            function.Step(now);
        }

        return events.Take();
    }
}
