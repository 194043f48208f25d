using BwcFirmware.Simulator.Output;
using BwcFirmware.Simulator.Timeline;

namespace BwcFirmware.Tests.Simulator
{
    /// <summary>
    /// Pre-event video kept against the configured seconds: below it only when buffering ran for less time, and
    /// then the summary says so; above it by less than one chunk, because the ring keeps whole chunks.
    /// </summary>
    [TestClass]
    public sealed class PreEventKeptTests
    {
        private const string UndockThenTwoIncidents = @"
00:00 power.on
00:05 dock
00:20 undock             # buffering restarts
00:27 record.double      # clip 1: buffering ran about 6 s
00:35 record.hold
00:55 record.double      # clip 2: buffering ran about 17 s
01:05 record.hold
01:15 end
";

        private const long ConfiguredMs = 10_000;
        private const long ChunkMs = 10_000;

        [TestMethod]
        public void ShortBuffering_KeepsWhatItRan_AndTheSummarySaysWhy_LongBufferingKeepsAtLeastTheConfiguredSeconds()
        {
            using SimulatedShift shift = SimulatedShift.Run(UndockThenTwoIncidents, config: "device_id = BWC-TEST-03\npre_event_seconds = 10\n");

            TimelineClip first = shift.Outcome.Summary.Clips[0];
            TimelineClip second = shift.Outcome.Summary.Clips[1];
            Assert.IsTrue(first.BufferedMs > 5_000 && first.BufferedMs < 8_000, "buffered " + first.BufferedMs);
            Assert.IsTrue(first.PreEventMs < ConfiguredMs && first.PreEventMs <= first.BufferedMs, "kept " + first.PreEventMs);
            Assert.IsTrue(second.PreEventMs >= ConfiguredMs && second.PreEventMs < ConfiguredMs + ChunkMs, "whole chunks: kept " + second.PreEventMs);

            var report = new StringWriter();
            ShiftConsole.PrintReport(shift.Outcome, report, interactive: false);
            string note = report.ToString().Split('\n').Single(l => l.StartsWith("clip ", StringComparison.Ordinal) && l.Contains("pre-event", StringComparison.Ordinal));
            Assert.AreEqual(PreEventNotes.Of(first), note);
            StringAssert.StartsWith(note, "clip 000001: pre-event " + TimelinePainter.FormatDuration(first.PreEventMs) + " of 10 s configured: buffering ran "
                + TimelinePainter.FormatDuration(first.BufferedMs) + " before record.double");
            StringAssert.Contains(File.ReadAllText(shift.Outcome.SummaryPath), note, "summary.txt has the note too");
        }

        [TestMethod]
        public void Notes_SayWhyOrFlagADefect_AndStaySilentWhenTheConfiguredSecondsWereKept()
        {
            Assert.IsNull(PreEventNotes.Of(Clip(preEventMs: 30_200, bufferedMs: 60_000)));
            Assert.IsNull(PreEventNotes.Of(Clip(preEventMs: 37_000, bufferedMs: 77_000)));
            Assert.AreEqual("clip 000003: pre-event 29.2 s of 30 s configured: buffering ran 29.4 s before record.double",
                PreEventNotes.Of(Clip(preEventMs: 29_200, bufferedMs: 29_400)));
            Assert.AreEqual("clip 000003: pre-event 0.0 s of 30 s configured: the camera was not buffering before record.double",
                PreEventNotes.Of(Clip(preEventMs: 0, bufferedMs: 0)));
            StringAssert.EndsWith(PreEventNotes.Of(Clip(preEventMs: 20_000, bufferedMs: 60_000)), "buffering ran 1 min 0 s before record.double, so video was lost (a defect)");
        }

        private static TimelineClip Clip(long preEventMs, long bufferedMs)
        {
            return new TimelineClip("000003", 0, preEventMs)
            {
                ConfiguredPreEventMs = 30_000,
                BufferedMs = bufferedMs,
                StartCause = "record.double",
            };
        }
    }
}
