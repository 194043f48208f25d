using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Loop;
using BwcFirmware.Shared.Recording;
using BwcFirmware.Tests.Recording;

namespace BwcFirmware.Tests.Loop;

/// <summary>
/// The one table from what the hardware did to recorder inputs, and what the configurable meanings
/// (sensitive_gesture, holster_auto_start) then make of the mapped input while a clip is open.
/// </summary>
[TestClass]
public sealed class InputMapTests
{
    [TestMethod]
    [DataRow("record press", "record.press")]
    [DataRow("record double", "record.double")]
    [DataRow("record hold", "record.hold")]
    [DataRow("record chord", "privacy.stop")]
    [DataRow("function press", "function.press")]
    [DataRow("function double", "function.double")]
    [DataRow("function hold", "function.hold")]
    [DataRow("function chord", "", DisplayName = "function chord hold: the record button carries the chord")]
    [DataRow("holster on", "holster.draw")]
    [DataRow("holster off", "holster.return")]
    [DataRow("dock on", "dock.in")]
    [DataRow("dock off", "dock.out")]
    [DataRow("card on", "card.inserted")]
    [DataRow("card off", "card.removed")]
    [DataRow("battery 57", "battery.level(57)")]
    [DataRow("band normal 57", "battery.normal(57)")]
    [DataRow("band low 15", "battery.low(15)")]
    [DataRow("band critical 4", "battery.critical(4)")]
    public void EachReport_BecomesOneRecorderInput_AtItsOwnTime(string report, string expected)
    {
        var inputs = new InputQueue();
        Report(new InputMap(inputs), report, 1234);

        Assert.AreEqual(expected.Length == 0 ? string.Empty : expected + "@1234", Drain(inputs));
    }

    [TestMethod]
    [DataRow("function press", SensitiveGestures.FunctionDouble, "ignored function.press in Recording: no action assigned")]
    [DataRow("function double", SensitiveGestures.FunctionDouble, "sensitive on cause=function.double")]
    [DataRow("function press", SensitiveGestures.FunctionPress, "sensitive on cause=function.press")]
    [DataRow("function double", SensitiveGestures.FunctionPress, "ignored function.double in Recording: no action assigned")]
    [DataRow("function press", SensitiveGestures.Off, "ignored function.press in Recording: no action assigned")]
    [DataRow("function double", SensitiveGestures.Off, "ignored function.double in Recording: no action assigned")]
    public void TheSensitiveFlag_FollowsSensitiveGesture(string report, string sensitiveGesture, string audit)
    {
        var rig = new RecorderRig(new DeviceConfig { SensitiveGesture = sensitiveGesture }).BringTo(RecorderState.Recording);

        Through(rig, report);

        Assert.AreEqual(audit, rig.Audit.Log);
    }

    [TestMethod]
    [DataRow(true, "marker cause=holster.draw")]
    [DataRow(false, "ignored holster.draw in Recording: holster auto-start off")]
    public void AHolsterDraw_FollowsHolsterAutoStart(bool autoStart, string audit)
    {
        var rig = new RecorderRig(new DeviceConfig { HolsterAutoStart = autoStart }).BringTo(RecorderState.Recording);

        Through(rig, "holster on");

        Assert.AreEqual(audit, rig.Audit.Log);
    }

    /// <summary>Reports <paramref name="report"/> through the map into <paramref name="rig"/>'s recorder.</summary>
    private static void Through(RecorderRig rig, string report)
    {
        var inputs = new InputQueue();
        rig.NowMs += 100;
        Report(new InputMap(inputs), report, rig.NowMs);
        rig.Machine.Drain(inputs);
    }

    /// <summary>Makes the report "source what [percent]" that a driver would make.</summary>
    private static void Report(IBoardEvents events, string report, long timeMs)
    {
        string[] words = report.Split(' ');
        switch (words[0])
        {
            case "record":
                events.OnRecordButton(Gesture(words[1]), timeMs);
                break;
            case "function":
                events.OnFunctionButton(Gesture(words[1]), timeMs);
                break;
            case "holster":
                events.OnHolster(words[1] == "on", timeMs);
                break;
            case "dock":
                events.OnDock(words[1] == "on", timeMs);
                break;
            case "card":
                events.OnCardDetect(words[1] == "on", timeMs);
                break;
            case "battery":
                events.OnBatteryLevel(int.Parse(words[1]), timeMs);
                break;
            case "band":
                var band = words[1] switch { "low" => BatteryBand.Low, "critical" => BatteryBand.Critical, _ => BatteryBand.Normal };
                events.OnBatteryBand(band, int.Parse(words[2]), timeMs);
                break;
            default:
                throw new ArgumentException("unknown report " + report);
        }
    }

    private static ButtonGesture Gesture(string name) => name switch
    {
        "press" => ButtonGesture.Press,
        "double" => ButtonGesture.DoublePress,
        "hold" => ButtonGesture.Hold,
        "chord" => ButtonGesture.ChordHold,
        _ => throw new ArgumentException("unknown gesture " + name),
    };

    private static string Drain(InputQueue inputs)
    {
        var names = new List<string>();
        while (inputs.TryTake(out InputEvent e))
        {
            names.Add(InputNames.Of(e.Kind) + (e.Argument != 0 ? "(" + e.Argument + ")" : string.Empty) + "@" + e.TimeMs);
        }

        return string.Join(" ", names);
    }
}
