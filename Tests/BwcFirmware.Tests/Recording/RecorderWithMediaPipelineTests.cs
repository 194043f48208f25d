using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Recording;
using BwcFirmware.Tests.Media;
using CsCheck;

namespace BwcFirmware.Tests.Recording;

/// <summary>
/// The recorder driving the real managed media pipeline on a host card: after every input, what the machine
/// believes (clip open, muted, ring wanted) is what the pipeline is doing.
/// </summary>
[TestClass]
public sealed class RecorderWithMediaPipelineTests
{
    [TestMethod]
    public void DockedStopAfterARecording_LeavesTheRingOff()
    {
        using var media = new MediaRig(new MediaSettings { PreEventSeconds = 10 });
        var machine = new RecorderStateMachine(media.Pipeline, new RecordingAuditSink(), new DeviceConfig { PreEventSeconds = 10 });
        long t = 0;
        foreach (InputKind kind in new[] { InputKind.CardInserted, InputKind.PowerOn, InputKind.RecordDoublePress, InputKind.Docked, InputKind.RecordHold })
        {
            media.Run(t, t + 2000);
            t += 2000;
            machine.Handle(new InputEvent(kind, t, 0));
        }

        Assert.AreEqual(RecorderState.Idle, machine.State);
        Assert.IsFalse(media.Pipeline.IsRecording);
        Assert.IsFalse(media.Pipeline.IsBuffering, "a docked camera must not keep filling the ring");
    }

    [TestMethod]
    public void RandomSequences_KeepTheMachineAndThePipelineInStep()
    {
        int kinds = Enum.GetValues<InputKind>().Length;
        Gen.Select(Gen.Int[0, kinds - 1], Gen.Int[0, 100], Gen.Int[0, 3000]).Array[1, 40].Sample(
            steps =>
            {
                using var media = new MediaRig(new MediaSettings { PreEventSeconds = 10 }, fps: 5);
                var audit = new RecordingAuditSink();
                var machine = new RecorderStateMachine(media.Pipeline, audit, new DeviceConfig { PreEventSeconds = 10, HolsterAutoStart = true });
                long t = 0;
                foreach (var (kind, argument, gapMs) in steps)
                {
                    media.Run(t, t + gapMs);
                    t += gapMs;
                    machine.Handle(new InputEvent((InputKind)kind, t, argument));

                    string where = " after " + InputNames.Of((InputKind)kind) + " in " + InputNames.Of(machine.State) + ": " + audit.Log;
                    Assert.AreEqual(machine.IsClipOpen, media.Pipeline.IsRecording, "clip" + where);
                    Assert.AreEqual(machine.State == RecorderState.PrivacyMuted, media.Pipeline.IsMuted, "mute" + where);
                    if (!machine.IsClipOpen)
                    {
                        Assert.AreEqual(machine.State == RecorderState.PreEventBuffer, media.Pipeline.IsBuffering, "ring" + where);
                    }

                    Assert.IsFalse(audit.Records.Any(r => r.EventName == "fault" && r.Detail.Contains("failed")), "engine threw" + where);
                }
            },
            iter: 25,
            threads: 1);
    }
}
