using BwcFirmware.Shared.Audit;
using BwcFirmware.Simulator.Output;
using BwcFirmware.Simulator.Timeline;
using BwcFirmware.Tests.Sync;

namespace BwcFirmware.Tests.Simulator
{
    /// <summary>
    /// The card pulled while recording and put back, then a second clip and the dock: recovery closes the
    /// first clip, the station confirms both, and every report (lines, status, summary, picture, audit log)
    /// tells that story.
    /// </summary>
    [TestClass]
    public sealed class ShiftCardPullTests
    {
        private const string Script = @"
00:00 power.on
00:20 record.double      # clip 1
00:40 card.remove        # pulled while recording
00:50 card.insert        # recovery closes clip 1
01:05 record.double      # clip 2
01:20 record.hold        # stop (at 01:23)
01:30 dock
02:30 end
";

        private static ReferenceStation? s_station;
        private static SimulatedShift? s_shift;

        private static SimulatedShift Shift => s_shift!;

        [ClassInitialize]
        public static void RunShift(TestContext context)
        {
            s_station = ReferenceStation.Start("tok-pull");
            s_shift = SimulatedShift.Run(Script, new Uri(s_station.Url), "tok-pull", "pre_event_seconds = 5\n");
        }

        [ClassCleanup]
        public static void Stop()
        {
            s_shift?.Dispose();
            s_station?.Dispose();
        }

        private static TimelineClip Clip(string id) => Shift.Outcome.Summary.Clips.Single(c => c.Id == id);

        [TestMethod]
        public void Summary_CountsTheRecoveredClipConfirmedAndItsBytesSynced()
        {
            Assert.IsTrue(Shift.Outcome.Verified, Shift.Output);
            TimelineClip first = Clip("000001");
            Assert.AreEqual("recovered", first.CloseCause);
            Assert.IsTrue(first.Confirmed, "the station confirmed every file of the recovered clip");
            Assert.IsTrue(Clip("000002").Confirmed);
            var report = new StringWriter();
            ShiftConsole.PrintReport(Shift.Outcome, report, interactive: false);
            StringAssert.Contains(report.ToString(), "2 of 2 closed clip(s) confirmed");
            long both = first.Bytes + Clip("000002").Bytes;
            StringAssert.Contains(Shift.Output, "/" + TimelinePainter.FormatBytes(both), "the sync total counts both clips");
        }

        [TestMethod]
        public void StatusLine_StopsTimingThePulledClip_AndSaysWhenRecoveryClosedIt()
        {
            string[] lines = Shift.Output.Split('\n');
            Assert.IsFalse(lines.Any(l => l.StartsWith("status", StringComparison.Ordinal) && l.Contains("clip 000001", StringComparison.Ordinal) && !l.Contains("REC", StringComparison.Ordinal)), Shift.Output);
            Assert.IsTrue(lines.Any(l => l.StartsWith("00:00:50", StringComparison.Ordinal) && l.Contains("clip 000001 closed (recovered", StringComparison.Ordinal)), Shift.Output);
        }

        [TestMethod]
        public void Timeline_EndsThePulledClipAtThePull_AndShowsThePullAndTheReturn()
        {
            ShiftTimeline timeline = Shift.Outcome.Result.Timeline;
            TimelineClip first = Clip("000001");
            TimelineClip second = Clip("000002");
            Assert.IsTrue(first.EndMs >= 40_000 && first.EndMs <= 41_000, $"clip 1 ends at the pull, not at {first.EndMs}");
            Assert.IsTrue(second.EndMs >= 83_000 && second.EndMs <= 84_000, $"clip 2 ends at its stop, not at {second.EndMs}");
            Assert.IsTrue(timeline.Power.Any(p => p.TimeMs == 40_000 && p.Label == "card out"), string.Join(", ", timeline.Power.Select(p => p.TimeMs + " " + p.Label)));
            Assert.IsTrue(timeline.Power.Any(p => p.TimeMs == 50_000 && p.Label == "card in"));
        }

        [TestMethod]
        public void AuditLog_HoldsThePullTheFaultAndTheStateChange_InTimeOrder()
        {
            List<AuditRecord> records = Shift.AuditRecords();
            int clipStart = records.FindIndex(r => r.EventName == AuditEvents.Clip && r.Detail.StartsWith("start clip=000001", StringComparison.Ordinal));
            int recovery = records.FindIndex(clipStart, r => r.EventName == AuditEvents.Recovery && r.Detail.StartsWith("clip=000001", StringComparison.Ordinal));
            var between = records.Skip(clipStart + 1).Take(recovery - clipStart - 1).ToList();
            string text = string.Join("\n", between.Select(r => r.Format()));
            Assert.IsTrue(between.Any(r => r.EventName == AuditEvents.Input && r.Detail.StartsWith("card.removed", StringComparison.Ordinal)), "the pull:\n" + text);
            Assert.IsTrue(between.Any(r => r.EventName == AuditEvents.Fault), "the fault:\n" + text);
            Assert.IsTrue(between.Any(r => r.EventName == "state" && r.Detail.StartsWith("Recording->Idle", StringComparison.Ordinal)), "the state change:\n" + text);
            AuditRecord pulled = between.Single(r => r.EventName == AuditEvents.Input && r.Detail.StartsWith("card.removed", StringComparison.Ordinal));
            long happened = long.Parse(pulled.DetailValue("at_mono"), System.Globalization.CultureInfo.InvariantCulture);
            Assert.IsTrue(happened >= 40_000 && happened < 41_000, "written when the card came back, with the time it happened:\n" + text);

            int inserted = records.FindIndex(clipStart, r => r.EventName == AuditEvents.Input && r.Detail == "card.inserted");
            Assert.IsTrue(inserted >= 0 && inserted < recovery, "card.inserted comes before the recovery it causes:\n" + string.Join("\n", records.Skip(clipStart).Take(16).Select(r => r.Format())));

            for (int i = 1; i < records.Count; i++)
            {
                bool boot = records[i].EventName == AuditEvents.PowerOn;
                Assert.IsTrue(boot || records[i].MonotonicMs >= records[i - 1].MonotonicMs, "time goes backwards at\n" + records[i - 1].Format() + "\n" + records[i].Format());
            }
        }
    }
}
