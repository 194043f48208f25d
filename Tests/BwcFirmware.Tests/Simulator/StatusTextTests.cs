using BwcFirmware.Simulator.Output;

namespace BwcFirmware.Tests.Simulator
{
    [TestClass]
    public sealed class StatusTextTests
    {
        [TestMethod]
        public void StatusLine_ShowsTimeStateClipCardBatteryAndSyncBar()
        {
            var status = new ShiftStatus
            {
                TimeMs = 3_725_000,
                State = "Recording",
                ClipId = "000002",
                ClipElapsedMs = 72_000,
                CardUsedBytes = 12_300_000,
                BatteryPercent = 81,
                Docked = true,
                SyncState = "uploading",
                SyncDoneBytes = 5_000_000,
                SyncTotalBytes = 20_000_000,
            };

            string line = StatusText.Line(status);

            StringAssert.StartsWith(line, "01:02:05  REC");
            StringAssert.Contains(line, "clip 000002 00:01:12");
            StringAssert.Contains(line, "card 12.3 MB");
            StringAssert.Contains(line, "bat 81%");
            StringAssert.Contains(line, "[#####...............] 25% 5.0 MB/20.0 MB");
        }

        [TestMethod]
        public void SyncBar_IsAbsentWhenNothingIsToBeSynced()
        {
            Assert.IsNull(StatusText.SyncBar(new ShiftStatus { SyncTotalBytes = 0 }));
        }

        [TestMethod]
        public void PlainReporter_WritesOneLinePerNote_AndStatusOnStateChangeOrEachMinute()
        {
            var output = new StringWriter();
            var reporter = new PlainStatusReporter(output);

            reporter.Update(new ShiftStatus { TimeMs = 0, State = "Idle" });
            reporter.Update(new ShiftStatus { TimeMs = 1_000, State = "Idle" });
            reporter.Update(new ShiftStatus { TimeMs = 2_000, State = "PreEventBuffer" });
            reporter.Note(2_000, "buffering");
            reporter.Update(new ShiftStatus { TimeMs = 59_000, State = "PreEventBuffer" });
            reporter.Update(new ShiftStatus { TimeMs = 60_000, State = "PreEventBuffer" });

            string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.AreEqual(4, lines.Length);
            StringAssert.Contains(lines[0], "IDLE");
            StringAssert.Contains(lines[1], "BUFFER");
            Assert.AreEqual("00:00:02  buffering", lines[2].TrimEnd());
            StringAssert.StartsWith(lines[3], "status 00:01:00");
            Assert.IsFalse(output.ToString().Contains('\u001b'), "no terminal escapes in plain output");
        }
    }
}
