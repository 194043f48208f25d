using System.Text.RegularExpressions;
using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Simulator.Output;
using BwcFirmware.Simulator.Simulation;
using BwcFirmware.Simulator.Timeline;

namespace BwcFirmware.Tests.Simulator
{
    /// <summary>The end-of-shift table as plain text: aligned columns and a total row with every column filled.</summary>
    [TestClass]
    public sealed class SummaryTableTests
    {
        private static ShiftSummary Summary()
        {
            var timeline = new ShiftTimeline("test");
            TimelineClip first = timeline.ClipOpened(60_000, "000001", 30_000);
            first.Chunks = 15;
            first.VideoMs = 133_000;
            first.Bytes = 122_200_000;
            first.Markers = 1;
            first.MuteIntervals = 1;
            first.Confirmed = true;
            first.Freed = true;
            timeline.ClipClosed(160_000, "000001", "record.hold");
            TimelineClip second = timeline.ClipOpened(240_000, "000002", 20_300);
            second.Chunks = 8;
            second.VideoMs = 76_000;
            second.Bytes = 69_400_000;
            timeline.ClipClosed(280_000, "000002", "recovered");
            timeline.ClipOpened(450_000, "000003", 30_000);
            timeline.Finish(600_000);

            string empty = Path.Combine(Path.GetTempPath(), "bwc-summary-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(empty);
            try
            {
                return ShiftSummary.Build(new ShiftResult(timeline) { EndMs = 600_000 }, new DirectoryCardFileSystem(empty, syncToDisk: false), 15);
            }
            finally
            {
                Directory.Delete(empty, recursive: true);
            }
        }

        [TestMethod]
        public void PlainTable_ColumnsLineUp_AndTheTotalRowFillsEveryColumn()
        {
            string[] lines = SummaryTable.Plain(Summary()).TrimEnd('\n').Split('\n');

            int headerCells = Regex.Split(lines[0].Trim(), @"\s{2,}").Length;
            Assert.IsTrue(lines.All(l => l.Length == lines[0].Length), "every line as wide as the header:\n" + string.Join("\n", lines));
            Assert.IsFalse(lines.Any(l => l.EndsWith(' ')), "no trailing blanks:\n" + string.Join("\n", lines));
            string total = lines[^1];
            Assert.AreEqual(headerCells, Regex.Split(total.Trim(), @"\s{2,}").Length, "no blank cell in the total row:\n" + total);
            StringAssert.Contains(total, "23", "chunks in all");
            StringAssert.Contains(total, "1 of 2", "confirmed of the closed clips");
            StringAssert.Contains(total, "2 closed, 1 open");
        }
    }
}
