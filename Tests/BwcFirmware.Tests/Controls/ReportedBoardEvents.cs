using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Tests.Controls;

/// <summary>
/// Keeps what the drivers report, in the drivers' own words ("double@300", "docked@6000", "low(12)@40000"), so a
/// driver test needs no recorder and no input kinds.
/// </summary>
internal sealed class ReportedBoardEvents : IBoardEvents
{
    private readonly List<string> _reports = new();

    /// <summary>How many reports wait to be taken.</summary>
    public int Count => _reports.Count;

    /// <summary>The battery bands reported, in order, without their times.</summary>
    public List<string> Bands { get; } = new();

    /// <summary>The reports so far, space-separated, and forgets them.</summary>
    public string Take()
    {
        string all = string.Join(" ", _reports);
        _reports.Clear();
        return all;
    }

    public void OnRecordButton(ButtonGesture gesture, long timeMs) => Add(NameOf(gesture), timeMs);

    public void OnFunctionButton(ButtonGesture gesture, long timeMs) => Add("f" + NameOf(gesture), timeMs);

    public void OnHolster(bool drawn, long timeMs) => Add(drawn ? "drawn" : "holstered", timeMs);

    public void OnDock(bool docked, long timeMs) => Add(docked ? "docked" : "undocked", timeMs);

    public void OnCardDetect(bool present, long timeMs) => Add(present ? "card-in" : "card-out", timeMs);

    public void OnBatteryLevel(int percent, long timeMs) => Add("battery(" + percent + ")", timeMs);

    public void OnBatteryBand(BatteryBand band, int percent, long timeMs)
    {
        string name = band switch
        {
            BatteryBand.Normal => "normal",
            BatteryBand.Low => "low",
            BatteryBand.Critical => "critical",
            _ => "band" + (int)band,
        };
        Bands.Add(name);
        Add(name + "(" + percent + ")", timeMs);
    }

    private void Add(string name, long timeMs) => _reports.Add(name + "@" + timeMs);

    private static string NameOf(ButtonGesture gesture) => gesture switch
    {
        ButtonGesture.Press => "press",
        ButtonGesture.DoublePress => "double",
        ButtonGesture.Hold => "hold",
        ButtonGesture.ChordHold => "chord",
        _ => "gesture" + (int)gesture,
    };
}
