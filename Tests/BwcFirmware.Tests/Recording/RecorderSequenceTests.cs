using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Tests.Recording;

[TestClass]
public sealed class RecorderSequenceTests
{
    [TestMethod]
    public void PowerOnWithCardReady_StartsThePreEventBuffer()
    {
        var rig = new RecorderRig();

        rig.Post(InputKind.CardInserted).Post(InputKind.PowerOn);

        Assert.AreEqual(RecorderState.PreEventBuffer, rig.Machine.State);
        Assert.AreEqual("StartBuffering", rig.Media.Log);
        CollectionAssert.Contains(rig.Audit.Lines.ToList(), "state Idle->PreEventBuffer cause=power.on");
    }

    [TestMethod]
    public void PowerOnWithPreEventLengthZero_StaysIdleAndADoublePressStillRecords()
    {
        var rig = new RecorderRig(new DeviceConfig { PreEventSeconds = 0 });

        rig.Post(InputKind.CardInserted).Post(InputKind.PowerOn);
        Assert.AreEqual(RecorderState.Idle, rig.Machine.State);

        rig.Post(InputKind.RecordDoublePress).Post(InputKind.RecordHold);

        Assert.AreEqual("StartClip(record.double); StopClip(record.hold); StopBuffering", rig.Media.Log);
        Assert.AreEqual(RecorderState.Idle, rig.Machine.State);
    }

    [TestMethod]
    public void PowerOnWithoutCard_StaysIdle_UntilACardIsInserted()
    {
        var rig = new RecorderRig();

        rig.Post(InputKind.PowerOn);
        Assert.AreEqual(RecorderState.Idle, rig.Machine.State);

        rig.Post(InputKind.CardInserted);
        Assert.AreEqual(RecorderState.PreEventBuffer, rig.Machine.State);
        Assert.AreEqual("Idle->PreEventBuffer cause=card.inserted", rig.Transitions.Single());
    }

    [TestMethod]
    public void DoublePressWhileBuffering_StartsClipWithPreEventVideo()
    {
        var rig = new RecorderRig().BringTo(RecorderState.PreEventBuffer);

        rig.Post(InputKind.RecordDoublePress);

        // No StopBuffering first: the ring's chunks become the clip's first chunks.
        Assert.AreEqual("StartClip(record.double)", rig.Media.Log);
        Assert.IsTrue(rig.Media.ClipOpen);
    }

    [TestMethod]
    public void DockingDuringRecording_DoesNotStopIt_AndTheStopThenRestsIdle()
    {
        var rig = new RecorderRig().BringTo(RecorderState.Recording);

        rig.Post(InputKind.Docked);
        Assert.AreEqual(RecorderState.Recording, rig.Machine.State);

        rig.Post(InputKind.RecordHold);
        Assert.AreEqual(RecorderState.Idle, rig.Machine.State);
        Assert.AreEqual("StopClip(record.hold); StopBuffering", rig.Media.Log);

        rig.Post(InputKind.Undocked);
        Assert.AreEqual(RecorderState.PreEventBuffer, rig.Machine.State);
    }

    [TestMethod]
    [DataRow("no card")]
    [DataRow("card full")]
    [DataRow("battery critical")]
    [DataRow("not powered on")]
    public void DoublePressWhenRecordingIsImpossible_IsRefusedAndLogged(string reason)
    {
        var rig = new RecorderRig();
        if (reason != "no card")
        {
            rig.Post(InputKind.CardInserted);
        }

        if (reason != "not powered on")
        {
            rig.Post(InputKind.PowerOn);
        }

        if (reason == "card full")
        {
            rig.Post(InputKind.CardFull);
        }

        if (reason == "battery critical")
        {
            rig.Post(InputKind.BatteryCritical, 3);
        }

        rig.Post(InputKind.RecordDoublePress);

        Assert.AreEqual(RecorderState.Idle, rig.Machine.State);
        Assert.AreEqual("refused record.double in Idle: " + reason, rig.Audit.Lines.Last());
        Assert.AreEqual(RecorderNotice.RecordRefused, rig.Notices.Last());
        Assert.AreEqual(0, rig.Media.ClipsStarted);
    }

    [TestMethod]
    public void HolsterDrawWithAutoStartOff_IsIgnoredAndLogged()
    {
        var rig = new RecorderRig(new DeviceConfig { HolsterAutoStart = false }).BringTo(RecorderState.PreEventBuffer);

        rig.Post(InputKind.HolsterDraw);

        Assert.AreEqual(RecorderState.PreEventBuffer, rig.Machine.State);
        Assert.AreEqual("ignored holster.draw in PreEventBuffer: holster auto-start off", rig.Audit.Log);
    }

    [TestMethod]
    public void StartClipFailure_IsAFault_AndTheMachineDoesNotClaimToRecord()
    {
        var rig = new RecorderRig().BringTo(RecorderState.PreEventBuffer);
        rig.Media.ThrowOn = "StartClip";

        rig.Post(InputKind.RecordDoublePress);

        Assert.AreEqual(RecorderState.PreEventBuffer, rig.Machine.State);
        StringAssert.StartsWith(rig.Audit.Log, "fault StartClip failed in PreEventBuffer: ");
        Assert.AreEqual(RecorderNotice.Fault, rig.Notices.Single());

        // The officer tries again and the engine works this time.
        rig.Post(InputKind.RecordDoublePress);
        Assert.AreEqual(RecorderState.Recording, rig.Machine.State);
    }

    [TestMethod]
    public void MuteFailure_KeepsRecordingWithAudio_AndReportsTheFault()
    {
        var rig = new RecorderRig().BringTo(RecorderState.Recording);
        rig.Media.ThrowOn = "SetMuted";

        rig.Post(InputKind.FunctionHold);

        Assert.AreEqual(RecorderState.Recording, rig.Machine.State);
        Assert.IsFalse(rig.Audit.Lines.Any(l => l.StartsWith("mute ")), rig.Audit.Log);
        Assert.AreEqual(RecorderNotice.Fault, rig.Notices.Single());
    }

    [TestMethod]
    public void CardPulledWhileRecording_ClosesTheClipEvenThoughTheAuditLogIsGone()
    {
        var rig = new RecorderRig().BringTo(RecorderState.Recording);
        rig.Audit.ThrowAlways = true;
        rig.Media.ThrowAlways = true;

        rig.Post(InputKind.CardRemoved);

        Assert.AreEqual(RecorderState.Idle, rig.Machine.State);
        Assert.AreEqual("StopClip(card.removed); StopBuffering", rig.Media.Log);
        Assert.IsTrue(rig.Machine.AuditFailureCount >= 2, "the fault and the transition were both attempted");
        CollectionAssert.Contains(rig.Transitions, "Recording->Idle cause=card.removed");
    }

    [TestMethod]
    public void CardFull_StopsBuffering_AndSpaceComingBackBuffersAgain()
    {
        var rig = new RecorderRig().BringTo(RecorderState.Recording);

        rig.Post(InputKind.CardFull);
        Assert.AreEqual(RecorderState.Idle, rig.Machine.State);
        rig.Post(InputKind.RecordDoublePress);
        Assert.AreEqual(RecorderState.Idle, rig.Machine.State);

        rig.Post(InputKind.CardSpaceAvailable);

        Assert.AreEqual(RecorderState.PreEventBuffer, rig.Machine.State);
        Assert.AreEqual("StopClip(card.full); StopBuffering; StartBuffering", rig.Media.Log);
    }

    [TestMethod]
    public void CriticalBattery_ClosesTheClip_AndChargingBackToLowBuffersAgain()
    {
        var rig = new RecorderRig().BringTo(RecorderState.Recording);

        rig.Post(InputKind.BatteryCritical, 4);
        Assert.AreEqual(RecorderState.Idle, rig.Machine.State);

        rig.Post(InputKind.BatteryLow, 8);

        Assert.AreEqual(RecorderState.PreEventBuffer, rig.Machine.State);
        Assert.AreEqual("StopClip(battery.critical); StopBuffering; StartBuffering", rig.Media.Log);
    }

    [TestMethod]
    public void LeavingCriticalBattery_IsTheCauseOfBufferingAgain_NotBatteryLow()
    {
        var rig = new RecorderRig().BringTo(RecorderState.PreEventBuffer);
        rig.Post(InputKind.BatteryCritical, 3);

        rig.Post(InputKind.BatteryLow, 10);

        Assert.AreEqual("Idle->PreEventBuffer cause=battery.not-critical", rig.Transitions.Last());
        Assert.AreEqual("battery.low 10%", rig.Audit.Records.Last(r => r.EventName == "input").Detail, "the input itself keeps its name");
    }

    [TestMethod]
    public void MediaFaultStopsBuffering_UntilTheCardIsReinserted()
    {
        var rig = new RecorderRig().BringTo(RecorderState.PreEventBuffer);

        rig.Post(InputKind.MediaFault, 0);
        rig.Post(InputKind.Undocked);
        Assert.AreEqual(RecorderState.Idle, rig.Machine.State);
        Assert.IsTrue(rig.Machine.IsFaulted);

        rig.Post(InputKind.CardRemoved).Post(InputKind.CardInserted);

        Assert.AreEqual(RecorderState.PreEventBuffer, rig.Machine.State);
        Assert.IsFalse(rig.Machine.IsFaulted);
    }

    [TestMethod]
    public void AMarkerKeepsThePressTime_EvenWhenRecognisedLater()
    {
        var rig = new RecorderRig().BringTo(RecorderState.Recording);
        long pressedAt = rig.NowMs + 50;

        // The single press is known only after the double-press window; its event carries the press time.
        rig.Machine.Handle(new InputEvent(InputKind.RecordPress, pressedAt, 0));

        Assert.AreEqual(pressedAt, rig.Media.MarkerTimes.Single());
        Assert.AreEqual(pressedAt, rig.Audit.Records.Single().TimeMs);
    }

    [TestMethod]
    public void AnEventDatedBeforeTheLastOne_IsHandledAtTheLastTime()
    {
        var rig = new RecorderRig().BringTo(RecorderState.Recording);
        long last = rig.NowMs;

        rig.Machine.Handle(new InputEvent(InputKind.RecordPress, last - 500, 0));

        Assert.AreEqual(last, rig.Media.MarkerTimes.Single());
    }

    [TestMethod]
    public void Drain_HandlesQueuedEventsOldestFirst()
    {
        var rig = new RecorderRig();
        var queue = new InputQueue(8);
        queue.TryPost(InputKind.CardInserted, 100, 0);
        queue.TryPost(InputKind.PowerOn, 200, 0);
        queue.TryPost(InputKind.RecordDoublePress, 300, 0);
        queue.TryPost(InputKind.RecordPress, 400, 0);

        int handled = rig.Machine.Drain(queue);

        Assert.AreEqual(4, handled);
        Assert.AreEqual(0, queue.Count);
        Assert.AreEqual("StartBuffering; StartClip(record.double); Marker(record.press)", rig.Media.Log);
    }

    [TestMethod]
    public void AnUnknownInputKind_IsIgnoredAndLogged()
    {
        var rig = new RecorderRig().BringTo(RecorderState.PreEventBuffer);

        rig.Post((InputKind)99);

        Assert.AreEqual(RecorderState.PreEventBuffer, rig.Machine.State);
        Assert.AreEqual("ignored input.99 in PreEventBuffer: unknown input", rig.Audit.Log);
    }
}
