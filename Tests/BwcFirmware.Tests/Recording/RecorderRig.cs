using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Tests.Recording;

/// <summary>A state machine wired to recording fakes, with simulated time that moves 100 ms per event.</summary>
public sealed class RecorderRig
{
    public RecorderRig(DeviceConfig? config = null)
    {
        Config = config ?? new DeviceConfig { HolsterAutoStart = true };
        Machine = new RecorderStateMachine(Media, Audit, Config);
        Machine.StateChanged += (from, to, cause, t) => Transitions.Add(InputNames.Of(from) + "->" + InputNames.Of(to) + " cause=" + cause);
        Machine.Noticed += (notice, cause, t) => Notices.Add(notice);
    }

    public DeviceConfig Config { get; }

    public RecordingMediaEngine Media { get; } = new();

    public RecordingAuditSink Audit { get; } = new();

    public RecorderStateMachine Machine { get; }

    public List<string> Transitions { get; } = new();

    public List<RecorderNotice> Notices { get; } = new();

    public long NowMs { get; set; } = 1000;

    public RecorderRig Post(InputKind kind, int argument = 0)
    {
        NowMs += 100;
        Machine.Handle(new InputEvent(kind, NowMs, argument));
        return this;
    }

    /// <summary>
    /// Brings a fresh machine to <paramref name="state"/> the way a camera gets there: Idle = powered on with a
    /// card while docked; PreEventBuffer = undocked; Recording = double press; PrivacyMuted = then function hold.
    /// Then forgets the media and audit logs so a test sees only what its own event caused.
    /// </summary>
    public RecorderRig BringTo(RecorderState state)
    {
        Post(InputKind.CardInserted).Post(InputKind.BatteryNormal, 80);
        if (state == RecorderState.Idle)
        {
            Post(InputKind.Docked);
        }

        Post(InputKind.PowerOn);
        if (state == RecorderState.Recording || state == RecorderState.PrivacyMuted)
        {
            Post(InputKind.RecordDoublePress);
        }

        if (state == RecorderState.PrivacyMuted)
        {
            Post(InputKind.FunctionHold);
        }

        Assert.AreEqual(state, Machine.State, "setup did not reach " + state + ": " + Audit.Log);
        Media.Commands.Clear();
        Audit.Clear();
        Transitions.Clear();
        Notices.Clear();
        return this;
    }
}
