using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Recording;
using CsCheck;

namespace BwcFirmware.Tests.Recording;

/// <summary>
/// Random event sequences (every input kind, random arguments and gaps, both holster settings and pre-event
/// lengths) against the invariants an evidence camera must keep after every single event.
/// </summary>
[TestClass]
public sealed class RecorderPropertyTests
{
    private static readonly int s_kindCount = Enum.GetValues<InputKind>().Length;

    private static readonly Gen<InputEvent[]> s_sequences =
        Gen.Select(Gen.Int[0, s_kindCount - 1], Gen.Int[0, 100], Gen.Int[0, 5000], (kind, argument, gapMs) => new InputEvent((InputKind)kind, gapMs, argument))
            .Array[1, 120]
            .Select(Accumulate);

    private static readonly Gen<(InputEvent[] Events, bool HolsterAutoStart, int PreEventSeconds)> s_scenarios =
        Gen.Select(s_sequences, Gen.Bool, Gen.OneOf(0, 30));

    [TestMethod]
    public void RandomSequences_KeepEveryInvariant()
    {
        s_scenarios.Sample(
            scenario => RunChecked(scenario.Events, scenario.HolsterAutoStart, scenario.PreEventSeconds),
            iter: 3000,
            threads: 1,
            print: scenario => Describe(scenario.Events));
    }

    [TestMethod]
    public void RandomSequencesWithAFailingEngine_NeverThrow_AndStillAuditEveryTransition()
    {
        Gen.Select(s_sequences, Gen.Int[0, 5].Array[120]).Sample(
            (events, failures) =>
            {
                var rig = new RecorderRig();
                string[] names = { "StartBuffering", "StopBuffering", "StartClip", "StopClip", "SetMuted", "Marker" };
                for (int i = 0; i < events.Length; i++)
                {
                    // Roughly one call in three may fail.
                    rig.Media.ThrowOn = failures[i] < names.Length && i % 3 == 0 ? names[failures[i]] : null;
                    rig.Machine.Handle(events[i]);
                }

                Assert.IsTrue(Enum.IsDefined(rig.Machine.State));
                CollectionAssert.AreEqual(rig.Transitions, StateRecords(rig));
            },
            iter: 1500,
            threads: 1);
    }

    private static void RunChecked(InputEvent[] events, bool holsterAutoStart, int preEventSeconds)
    {
        var rig = new RecorderRig(new DeviceConfig { HolsterAutoStart = holsterAutoStart, PreEventSeconds = preEventSeconds });
        int expectedMarkers = 0;
        int auditMarkers = 0;
        int auditSeen = 0;
        foreach (InputEvent input in events)
        {
            bool openBefore = rig.Machine.IsClipOpen;
            bool marks = input.Kind == InputKind.RecordPress || (input.Kind == InputKind.HolsterDraw && holsterAutoStart);
            if (openBefore && marks)
            {
                expectedMarkers++;
            }

            rig.Machine.Handle(input);

            RecorderState state = rig.Machine.State;
            Assert.IsTrue(Enum.IsDefined(state), "invalid state " + (int)state);
            Assert.AreEqual(rig.Media.ClipOpen, rig.Machine.IsClipOpen, "clip open without a recording state (or the reverse) in " + state);
            Assert.AreEqual(rig.Media.Buffering, state == RecorderState.PreEventBuffer, "buffering out of step in " + state);
            Assert.AreEqual(rig.Media.Muted, state == RecorderState.PrivacyMuted, "mute out of step in " + state);
            Assert.AreEqual(expectedMarkers, rig.Media.MarkerTimes.Count, "a marker was lost (media)");
            for (; auditSeen < rig.Audit.Records.Count; auditSeen++)
            {
                var record = rig.Audit.Records[auditSeen];
                auditMarkers += record.EventName == "marker" ? 1 : 0;
                Assert.IsFalse(record.EventName == "fault" && record.Detail.Contains("failed"), "the engine never failed here: " + record.Detail);
            }

            Assert.AreEqual(expectedMarkers, auditMarkers, "a marker was lost (audit)");
            Assert.AreEqual(0, rig.Media.Violations.Count, string.Join("\n", rig.Media.Violations));
            if (state == RecorderState.PreEventBuffer)
            {
                Assert.IsTrue(rig.Machine.IsCardPresent && !rig.Machine.IsCardFull && !rig.Machine.IsDocked && !rig.Machine.IsBatteryCritical && preEventSeconds > 0);
            }
        }

        CollectionAssert.AreEqual(rig.Transitions, StateRecords(rig), "every transition is in the audit log, in order");
        long previous = long.MinValue;
        foreach (var record in rig.Audit.Records)
        {
            Assert.IsTrue(record.TimeMs >= previous, "audit time went backwards");
            previous = record.TimeMs;
        }
    }

    private static List<string> StateRecords(RecorderRig rig) =>
        rig.Audit.Records.Where(r => r.EventName == "state").Select(r => r.Detail).ToList();

    private static InputEvent[] Accumulate(InputEvent[] steps)
    {
        var events = new InputEvent[steps.Length];
        long t = 0;
        for (int i = 0; i < steps.Length; i++)
        {
            t += steps[i].TimeMs;
            events[i] = new InputEvent(steps[i].Kind, t, steps[i].Argument);
        }

        return events;
    }

    private static string Describe(InputEvent[] events) =>
        string.Join(", ", events.Select(e => InputNames.Of(e.Kind) + "(" + e.Argument + ")@" + e.TimeMs));
}
