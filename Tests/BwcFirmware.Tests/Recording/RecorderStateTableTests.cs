using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Tests.Recording;

/// <summary>
/// Every (state, input) pair: the resulting state, the media commands and the audit records. Idle here is the
/// docked camera with a card; Shared/Recording/README.md has the same table in prose.
/// </summary>
[TestClass]
public sealed class RecorderStateTableTests
{
    [TestMethod]
    // Idle (docked, card ready)
    [DataRow("Idle", "PowerOn", 0, "Idle", "", "ignored power.on in Idle: already on")]
    [DataRow("Idle", "PowerOff", 0, "Idle", "", "input power.off")]
    [DataRow("Idle", "RecordPress", 0, "Idle", "", "ignored record.press in Idle: not recording")]
    [DataRow("Idle", "RecordDoublePress", 0, "Recording", "StartClip(record.double)", "state Idle->Recording cause=record.double")]
    [DataRow("Idle", "RecordHold", 0, "Idle", "", "ignored record.hold in Idle: not recording")]
    [DataRow("Idle", "FunctionPress", 0, "Idle", "", "ignored function.press in Idle: no action assigned")]
    [DataRow("Idle", "FunctionDoublePress", 0, "Idle", "", "ignored function.double in Idle: not recording")]
    [DataRow("Idle", "PrivacyStop", 0, "Idle", "", "ignored privacy.stop in Idle: not recording")]
    [DataRow("Idle", "FunctionHold", 0, "Idle", "", "ignored function.hold in Idle: not recording")]
    [DataRow("Idle", "HolsterDraw", 0, "Recording", "StartClip(holster.draw)", "state Idle->Recording cause=holster.draw")]
    [DataRow("Idle", "HolsterReturn", 0, "Idle", "", "input holster.return")]
    [DataRow("Idle", "Docked", 0, "Idle", "", "input dock.in")]
    [DataRow("Idle", "Undocked", 0, "PreEventBuffer", "StartBuffering", "input dock.out | state Idle->PreEventBuffer cause=dock.out")]
    [DataRow("Idle", "BatteryLevel", 50, "Idle", "", "")]
    [DataRow("Idle", "CardInserted", 0, "Idle", "", "input card.inserted")]
    [DataRow("Idle", "CardRemoved", 0, "Idle", "", "input card.removed")]
    [DataRow("Idle", "CardFull", 0, "Idle", "", "input card.full")]
    [DataRow("Idle", "BatteryLow", 14, "Idle", "", "input battery.low 14%")]
    [DataRow("Idle", "BatteryCritical", 4, "Idle", "", "input battery.critical 4%")]
    [DataRow("Idle", "BatteryNormal", 80, "Idle", "", "input battery.normal 80%")]
    [DataRow("Idle", "CardSpaceAvailable", 0, "Idle", "", "input card.space")]
    [DataRow("Idle", "MediaFault", 0, "Idle", "", "fault media.fault code=0 in Idle")]
    // PreEventBuffer (undocked, card ready)
    [DataRow("PreEventBuffer", "PowerOn", 0, "PreEventBuffer", "", "ignored power.on in PreEventBuffer: already on")]
    [DataRow("PreEventBuffer", "PowerOff", 0, "Idle", "StopBuffering", "input power.off | state PreEventBuffer->Idle cause=power.off")]
    [DataRow("PreEventBuffer", "RecordPress", 0, "PreEventBuffer", "", "ignored record.press in PreEventBuffer: not recording")]
    [DataRow("PreEventBuffer", "RecordDoublePress", 0, "Recording", "StartClip(record.double)", "state PreEventBuffer->Recording cause=record.double")]
    [DataRow("PreEventBuffer", "RecordHold", 0, "PreEventBuffer", "", "ignored record.hold in PreEventBuffer: not recording")]
    [DataRow("PreEventBuffer", "FunctionPress", 0, "PreEventBuffer", "", "ignored function.press in PreEventBuffer: no action assigned")]
    [DataRow("PreEventBuffer", "FunctionDoublePress", 0, "PreEventBuffer", "", "ignored function.double in PreEventBuffer: not recording")]
    [DataRow("PreEventBuffer", "PrivacyStop", 0, "PreEventBuffer", "", "ignored privacy.stop in PreEventBuffer: not recording")]
    [DataRow("PreEventBuffer", "FunctionHold", 0, "PreEventBuffer", "", "ignored function.hold in PreEventBuffer: not recording")]
    [DataRow("PreEventBuffer", "HolsterDraw", 0, "Recording", "StartClip(holster.draw)", "state PreEventBuffer->Recording cause=holster.draw")]
    [DataRow("PreEventBuffer", "HolsterReturn", 0, "PreEventBuffer", "", "input holster.return")]
    [DataRow("PreEventBuffer", "Docked", 0, "Idle", "StopBuffering", "input dock.in | state PreEventBuffer->Idle cause=dock.in")]
    [DataRow("PreEventBuffer", "Undocked", 0, "PreEventBuffer", "", "input dock.out")]
    [DataRow("PreEventBuffer", "BatteryLevel", 50, "PreEventBuffer", "", "")]
    [DataRow("PreEventBuffer", "CardInserted", 0, "PreEventBuffer", "", "input card.inserted")]
    [DataRow("PreEventBuffer", "CardRemoved", 0, "Idle", "StopBuffering", "input card.removed | state PreEventBuffer->Idle cause=card.removed")]
    [DataRow("PreEventBuffer", "CardFull", 0, "Idle", "StopBuffering", "input card.full | state PreEventBuffer->Idle cause=card.full")]
    [DataRow("PreEventBuffer", "BatteryLow", 14, "PreEventBuffer", "", "input battery.low 14%")]
    [DataRow("PreEventBuffer", "BatteryCritical", 4, "Idle", "StopBuffering", "input battery.critical 4% | state PreEventBuffer->Idle cause=battery.critical")]
    [DataRow("PreEventBuffer", "BatteryNormal", 80, "PreEventBuffer", "", "input battery.normal 80%")]
    [DataRow("PreEventBuffer", "CardSpaceAvailable", 0, "PreEventBuffer", "", "input card.space")]
    [DataRow("PreEventBuffer", "MediaFault", 0, "Idle", "StopBuffering", "fault media.fault code=0 in PreEventBuffer | state PreEventBuffer->Idle cause=media.fault")]
    // Recording
    [DataRow("Recording", "PowerOn", 0, "Recording", "", "ignored power.on in Recording: already on")]
    [DataRow("Recording", "PowerOff", 0, "Idle", "StopClip(power.off); StopBuffering", "input power.off | state Recording->Idle cause=power.off")]
    [DataRow("Recording", "RecordPress", 0, "Recording", "Marker(record.press)", "marker cause=record.press")]
    [DataRow("Recording", "RecordDoublePress", 0, "Recording", "", "ignored record.double in Recording: already recording")]
    [DataRow("Recording", "RecordHold", 0, "PreEventBuffer", "StopClip(record.hold); StartBuffering", "state Recording->PreEventBuffer cause=record.hold")]
    [DataRow("Recording", "FunctionPress", 0, "Recording", "", "ignored function.press in Recording: no action assigned")]
    [DataRow("Recording", "FunctionDoublePress", 0, "Recording", "SetSensitive(true)", "sensitive on cause=function.double")]
    [DataRow("Recording", "PrivacyStop", 0, "PreEventBuffer", "StopClip(privacy-request); StartBuffering", "state Recording->PreEventBuffer cause=privacy-request")]
    [DataRow("Recording", "FunctionHold", 0, "PrivacyMuted", "SetMuted(true)", "mute on cause=function.hold | state Recording->PrivacyMuted cause=function.hold")]
    [DataRow("Recording", "HolsterDraw", 0, "Recording", "Marker(holster.draw)", "marker cause=holster.draw")]
    [DataRow("Recording", "HolsterReturn", 0, "Recording", "", "input holster.return recording goes on")]
    [DataRow("Recording", "Docked", 0, "Recording", "", "input dock.in recording goes on")]
    [DataRow("Recording", "Undocked", 0, "Recording", "", "input dock.out")]
    [DataRow("Recording", "BatteryLevel", 50, "Recording", "", "")]
    [DataRow("Recording", "CardInserted", 0, "Recording", "", "input card.inserted")]
    [DataRow("Recording", "CardRemoved", 0, "Idle", "StopClip(card.removed); StopBuffering", "fault card.removed while Recording | state Recording->Idle cause=card.removed")]
    [DataRow("Recording", "CardFull", 0, "Idle", "StopClip(card.full); StopBuffering", "input card.full | state Recording->Idle cause=card.full")]
    [DataRow("Recording", "BatteryLow", 14, "Recording", "", "input battery.low 14%")]
    [DataRow("Recording", "BatteryCritical", 4, "Idle", "StopClip(battery.critical); StopBuffering", "input battery.critical 4% | state Recording->Idle cause=battery.critical")]
    [DataRow("Recording", "BatteryNormal", 80, "Recording", "", "input battery.normal 80%")]
    [DataRow("Recording", "CardSpaceAvailable", 0, "Recording", "", "input card.space")]
    [DataRow("Recording", "MediaFault", 0, "Idle", "StopClip(media.fault); StopBuffering", "fault media.fault code=0 in Recording | state Recording->Idle cause=media.fault")]
    // PrivacyMuted
    [DataRow("PrivacyMuted", "PowerOn", 0, "PrivacyMuted", "", "ignored power.on in PrivacyMuted: already on")]
    [DataRow("PrivacyMuted", "PowerOff", 0, "Idle", "SetMuted(false); StopClip(power.off); StopBuffering", "input power.off | mute off cause=power.off | state PrivacyMuted->Idle cause=power.off")]
    [DataRow("PrivacyMuted", "RecordPress", 0, "PrivacyMuted", "Marker(record.press)", "marker cause=record.press")]
    [DataRow("PrivacyMuted", "RecordDoublePress", 0, "PrivacyMuted", "", "ignored record.double in PrivacyMuted: already recording")]
    [DataRow("PrivacyMuted", "RecordHold", 0, "PreEventBuffer", "SetMuted(false); StopClip(record.hold); StartBuffering", "mute off cause=record.hold | state PrivacyMuted->PreEventBuffer cause=record.hold")]
    [DataRow("PrivacyMuted", "FunctionPress", 0, "PrivacyMuted", "", "ignored function.press in PrivacyMuted: no action assigned")]
    [DataRow("PrivacyMuted", "FunctionDoublePress", 0, "PrivacyMuted", "SetSensitive(true)", "sensitive on cause=function.double")]
    [DataRow("PrivacyMuted", "PrivacyStop", 0, "PreEventBuffer", "SetMuted(false); StopClip(privacy-request); StartBuffering", "mute off cause=privacy-request | state PrivacyMuted->PreEventBuffer cause=privacy-request")]
    [DataRow("PrivacyMuted", "FunctionHold", 0, "Recording", "SetMuted(false)", "mute off cause=function.hold | state PrivacyMuted->Recording cause=function.hold")]
    [DataRow("PrivacyMuted", "HolsterDraw", 0, "PrivacyMuted", "Marker(holster.draw)", "marker cause=holster.draw")]
    [DataRow("PrivacyMuted", "HolsterReturn", 0, "PrivacyMuted", "", "input holster.return recording goes on")]
    [DataRow("PrivacyMuted", "Docked", 0, "PrivacyMuted", "", "input dock.in recording goes on")]
    [DataRow("PrivacyMuted", "Undocked", 0, "PrivacyMuted", "", "input dock.out")]
    [DataRow("PrivacyMuted", "BatteryLevel", 50, "PrivacyMuted", "", "")]
    [DataRow("PrivacyMuted", "CardInserted", 0, "PrivacyMuted", "", "input card.inserted")]
    [DataRow("PrivacyMuted", "CardRemoved", 0, "Idle", "SetMuted(false); StopClip(card.removed); StopBuffering", "fault card.removed while PrivacyMuted | mute off cause=card.removed | state PrivacyMuted->Idle cause=card.removed")]
    [DataRow("PrivacyMuted", "CardFull", 0, "Idle", "SetMuted(false); StopClip(card.full); StopBuffering", "input card.full | mute off cause=card.full | state PrivacyMuted->Idle cause=card.full")]
    [DataRow("PrivacyMuted", "BatteryLow", 14, "PrivacyMuted", "", "input battery.low 14%")]
    [DataRow("PrivacyMuted", "BatteryCritical", 4, "Idle", "SetMuted(false); StopClip(battery.critical); StopBuffering", "input battery.critical 4% | mute off cause=battery.critical | state PrivacyMuted->Idle cause=battery.critical")]
    [DataRow("PrivacyMuted", "BatteryNormal", 80, "PrivacyMuted", "", "input battery.normal 80%")]
    [DataRow("PrivacyMuted", "CardSpaceAvailable", 0, "PrivacyMuted", "", "input card.space")]
    [DataRow("PrivacyMuted", "MediaFault", 0, "Idle", "SetMuted(false); StopClip(media.fault); StopBuffering", "fault media.fault code=0 in PrivacyMuted | mute off cause=media.fault | state PrivacyMuted->Idle cause=media.fault")]
    public void EveryInputInEveryState_GivesTheTabledStateMediaCommandsAndAuditRecords(
        string state, string input, int argument, string expectedState, string expectedMedia, string expectedAudit)
    {
        var rig = new RecorderRig().BringTo(Enum.Parse<RecorderState>(state));

        rig.Post(Enum.Parse<InputKind>(input), argument);

        Assert.AreEqual(Enum.Parse<RecorderState>(expectedState), rig.Machine.State, rig.Audit.Log);
        Assert.AreEqual(expectedMedia, rig.Media.Log);
        Assert.AreEqual(expectedAudit, rig.Audit.Log);
        Assert.AreEqual(0, rig.Media.Violations.Count, string.Join("\n", rig.Media.Violations));
        Assert.IsTrue(rig.Audit.Records.All(r => r.TimeMs == rig.NowMs), "every record carries the event's time");
    }

    [TestMethod]
    public void TheTableCoversEveryStateAndEveryInputKind()
    {
        var rows = typeof(RecorderStateTableTests)
            .GetMethod(nameof(EveryInputInEveryState_GivesTheTabledStateMediaCommandsAndAuditRecords))!
            .GetCustomAttributes(typeof(DataRowAttribute), false).Cast<DataRowAttribute>()
            .Select(r => r.Data[0] + "/" + r.Data[1]).ToHashSet();

        foreach (RecorderState state in Enum.GetValues<RecorderState>())
        {
            foreach (InputKind kind in Enum.GetValues<InputKind>())
            {
                Assert.IsTrue(rows.Contains(state + "/" + kind), "no table row for " + state + "/" + kind);
            }
        }
    }
}
