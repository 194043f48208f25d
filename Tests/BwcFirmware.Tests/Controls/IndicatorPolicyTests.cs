using BwcFirmware.Drivers.Indicators;
using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Loop;
using BwcFirmware.Shared.Recording;
using BwcFirmware.Tests.Recording;

namespace BwcFirmware.Tests.Controls;

[TestClass]
public sealed class IndicatorPolicyTests
{
    [TestMethod]
    public void RecordingStartAndStop_GiveTheirCues_AndTheLedFollows()
    {
        var (rig, feed, policy, output) = Wire(new DeviceConfig());
        Assert.AreEqual(LedPattern.Buffering, policy.Led);

        Post(rig, feed, InputKind.RecordDoublePress);
        Assert.AreEqual("haptic 1, beep 1, led recording", output.Since(1));
        int mark = output.Calls.Count;

        Post(rig, feed, InputKind.RecordHold);

        Assert.AreEqual("haptic 2, beep 2, led buffering", output.Since(mark));
    }

    [TestMethod]
    public void MuteAndMarker_GiveTheirCues()
    {
        var (rig, feed, policy, output) = Wire(new DeviceConfig());
        Post(rig, feed, InputKind.RecordDoublePress);
        int mark = output.Calls.Count;

        Post(rig, feed, InputKind.FunctionHold);
        Post(rig, feed, InputKind.RecordPress);
        Post(rig, feed, InputKind.FunctionHold);

        Assert.AreEqual("led muted, haptic 3, beep 3, haptic 1, beep 1, led recording, haptic 1, beep 1", output.Since(mark));
    }

    [TestMethod]
    public void Stealth_KeepsTheLedDark_AndGivesOnlyStartAndStopHaptics()
    {
        var (rig, feed, policy, output) = Wire(new DeviceConfig { Stealth = true });

        Post(rig, feed, InputKind.RecordDoublePress);
        Post(rig, feed, InputKind.RecordPress);
        Post(rig, feed, InputKind.FunctionHold);
        Post(rig, feed, InputKind.BatteryLow, 14);
        feed.Step(rig.NowMs + 300_000);
        Post(rig, feed, InputKind.RecordHold);

        Assert.AreEqual("led off, haptic 1, haptic 2", output.Since(0));
    }

    [TestMethod]
    public void SensitiveFlag_IsConfirmed_AndInStealthOnlyByItsHaptic()
    {
        var (rig, feed, policy, output) = Wire(new DeviceConfig());
        Post(rig, feed, InputKind.RecordDoublePress);
        int mark = output.Calls.Count;
        Post(rig, feed, InputKind.FunctionDoublePress);
        Post(rig, feed, InputKind.FunctionDoublePress);
        Assert.AreEqual("haptic 2, beep 1, haptic 1, beep 2", output.Since(mark));

        var (quietRig, quietFeed, _, quietOutput) = Wire(new DeviceConfig { Stealth = true });
        Post(quietRig, quietFeed, InputKind.RecordDoublePress);
        Post(quietRig, quietFeed, InputKind.FunctionDoublePress);
        Assert.AreEqual("led off, haptic 1, haptic 2", quietOutput.Since(0), "stealth: the officer alone feels the flag");
    }

    [TestMethod]
    public void StealthWithoutHaptic_GivesNothingAtAll()
    {
        var (rig, feed, policy, output) = Wire(new DeviceConfig { Stealth = true, StealthHaptic = false });

        Post(rig, feed, InputKind.RecordDoublePress);
        Post(rig, feed, InputKind.RecordHold);

        Assert.AreEqual("led off", output.Since(0));
    }

    [TestMethod]
    public void Reminder_ComesEveryTwoMinutesWhileRecording_AndStopsWithTheClip()
    {
        var (rig, feed, policy, output) = Wire(new DeviceConfig());
        var reminders = new List<long>();
        policy.CueGiven += (cue, pulses, beeps, t) =>
        {
            if (cue == IndicatorCue.Reminder)
            {
                reminders.Add(t);
            }
        };
        Post(rig, feed, InputKind.RecordDoublePress);
        long start = rig.NowMs;

        for (long t = start; t <= start + 610_000; t += 1000)
        {
            feed.Step(t);
        }

        rig.NowMs = start + 610_000;
        Post(rig, feed, InputKind.RecordHold);
        for (long t = rig.NowMs; t <= rig.NowMs + 600_000; t += 1000)
        {
            feed.Step(t);
        }

        CollectionAssert.AreEqual(new[] { 120_000L, 240_000L, 360_000L, 480_000L, 600_000L }, reminders.Select(t => t - start).ToList());
    }

    [TestMethod]
    public void ALateStep_GivesOneReminderNotABurst()
    {
        var (rig, feed, policy, _) = Wire(new DeviceConfig { ReminderSeconds = 60 });
        int reminders = 0;
        policy.CueGiven += (cue, pulses, beeps, t) => reminders += cue == IndicatorCue.Reminder ? 1 : 0;
        Post(rig, feed, InputKind.RecordDoublePress);

        feed.Step(rig.NowMs + 600_000);

        Assert.AreEqual(1, reminders);
    }

    [TestMethod]
    public void Warnings_GiveCues_AndTheLedShowsThemWhenNotRecording()
    {
        var (rig, feed, policy, output) = Wire(new DeviceConfig());

        Post(rig, feed, InputKind.BatteryLow, 14);
        Assert.AreEqual("haptic 2, beep 3, led low-battery", output.Since(1));

        Post(rig, feed, InputKind.CardFull);
        Assert.AreEqual("led card-full, haptic 3, beep 3", output.Since(4));

        Post(rig, feed, InputKind.RecordDoublePress);
        Assert.AreEqual("haptic 4, beep 4", output.Since(7), "a refused recording is an error the officer must notice");
    }

    [TestMethod]
    public void RecordingLed_WinsOverBatteryAndClockWarnings()
    {
        var (rig, feed, policy, output) = Wire(new DeviceConfig());
        feed.SetClockSet(false, rig.NowMs);
        Assert.AreEqual(LedPattern.ClockNotSet, policy.Led);
        Post(rig, feed, InputKind.BatteryLow, 12);

        Post(rig, feed, InputKind.RecordDoublePress);

        Assert.AreEqual(LedPattern.Recording, policy.Led);
    }

    [TestMethod]
    public void NoCard_ShowsTheErrorLed()
    {
        var rig = new RecorderRig();
        var output = new RecordingIndicatorOutput();
        var policy = new IndicatorPolicy(output, rig.Config);
        var feed = new StatusFeed(policy, rig.Config);
        feed.Attach(rig.Machine);

        Post(rig, feed, InputKind.PowerOn);

        Assert.AreEqual(LedPattern.Error, policy.Led);
    }

    [TestMethod]
    [DataRow(DeviceStatus.Standby, "standby")]
    [DataRow(DeviceStatus.Buffering, "buffering")]
    [DataRow(DeviceStatus.Recording, "recording")]
    [DataRow(DeviceStatus.Muted, "muted")]
    [DataRow(DeviceStatus.Docked, "docked")]
    [DataRow(DeviceStatus.BatteryLow, "low-battery")]
    [DataRow(DeviceStatus.BatteryCritical, "low-battery")]
    [DataRow(DeviceStatus.CardFull, "card-full")]
    [DataRow(DeviceStatus.Error, "error")]
    [DataRow(DeviceStatus.ClockNotSet, "clock-not-set")]
    public void EachStatus_ShowsItsPattern_AndStealthShowsNone(DeviceStatus status, string pattern)
    {
        var output = new RecordingIndicatorOutput();
        var quiet = new RecordingIndicatorOutput();

        new IndicatorPolicy(output, new DeviceConfig()).Show(status, 0);
        new IndicatorPolicy(quiet, new DeviceConfig { Stealth = true }).Show(status, 0);

        Assert.AreEqual("led " + pattern, output.Since(0));
        Assert.AreEqual("led off", quiet.Since(0));
    }

    [TestMethod]
    public void TheSameStatusShownAgain_LeavesTheLedAlone()
    {
        var output = new RecordingIndicatorOutput();
        var policy = new IndicatorPolicy(output, new DeviceConfig());

        policy.Show(DeviceStatus.Buffering, 0);
        policy.Show(DeviceStatus.Buffering, 20);
        policy.Show(DeviceStatus.BatteryLow, 40);
        policy.Show(DeviceStatus.BatteryCritical, 60);

        Assert.AreEqual("led buffering, led low-battery", output.Since(0));
    }

    [TestMethod]
    public void EveryPattern_HasAColourAndTimingForTheAdapters()
    {
        foreach (LedPattern pattern in Enum.GetValues<LedPattern>())
        {
            bool dark = pattern == LedPattern.Off;
            Assert.AreEqual(dark, LedPatterns.ColorOf(pattern) == LedColor.None, pattern.ToString());
            Assert.AreEqual(dark, LedPatterns.OnMsOf(pattern) == 0, pattern.ToString());
            Assert.IsFalse(LedPatterns.NameOf(pattern).StartsWith("pattern-"), pattern.ToString());
        }
    }

    /// <summary>The recorder, the loop's status feed over it, and the policy showing what the feed tells it.</summary>
    private static (RecorderRig Rig, StatusFeed Feed, IndicatorPolicy Policy, RecordingIndicatorOutput Output) Wire(DeviceConfig config)
    {
        var rig = new RecorderRig(config).BringTo(RecorderState.PreEventBuffer);
        var output = new RecordingIndicatorOutput();
        var policy = new IndicatorPolicy(output, config);
        var feed = new StatusFeed(policy, config);
        feed.Attach(rig.Machine);
        feed.Step(rig.NowMs);
        return (rig, feed, policy, output);
    }

    private static void Post(RecorderRig rig, StatusFeed feed, InputKind kind, int argument = 0)
    {
        rig.NowMs += 100;
        var input = new InputEvent(kind, rig.NowMs, argument);
        rig.Machine.Handle(input);
        feed.OnInput(input);
    }

    private sealed class RecordingIndicatorOutput : IIndicatorOutput
    {
        public List<string> Calls { get; } = new();

        public void ShowLed(LedPattern pattern, long nowMs) => Calls.Add("led " + LedPatterns.NameOf(pattern));

        public void Haptic(int pulses, long nowMs) => Calls.Add("haptic " + pulses);

        public void Beep(int beeps, long nowMs) => Calls.Add("beep " + beeps);

        public string Since(int index) => string.Join(", ", Calls.Skip(index));
    }
}
