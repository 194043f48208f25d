using BwcFirmware.Simulator.Output;
using BwcFirmware.Tests.Sync;

namespace BwcFirmware.Tests.Simulator
{
    /// <summary>A shift docked at a station that refuses the token, or is not there: the status and the summary say why, in plain words.</summary>
    [TestClass]
    public sealed class ShiftSyncReasonTests
    {
        private const string RecordThenDock = @"
00:00 power.on
00:05 record.double
00:15 record.hold
00:30 dock
01:40 end
";

        private const string Config = "device_id = BWC-TEST-02\npre_event_seconds = 2\n";

        [TestMethod]
        public void WrongToken_StatusAndSummarySayTheStationRefusedTheToken()
        {
            using var station = ReferenceStation.Start("the-right-token");
            using SimulatedShift shift = SimulatedShift.Run(RecordThenDock, new Uri(station.Url), "a-wrong-token", Config);

            StringAssert.Contains(shift.Output, "sync blocked: station refused the token (401)");
            StringAssert.Contains(StatusLineAt(shift.Output, "00:01:00"), "sync blocked: station refused the token (401)");
            StringAssert.Contains(SummarySyncLine(shift), "last status blocked: station refused the token (401)");
        }

        [TestMethod]
        public void StoppedStation_StatusAndSummarySayItIsUnreachable()
        {
            var station = ReferenceStation.Start("tok");
            string url = station.Url;
            station.Dispose();

            using SimulatedShift shift = SimulatedShift.Run(RecordThenDock, new Uri(url), "tok", Config);

            StringAssert.Contains(StatusLineAt(shift.Output, "00:01:00"), "sync retrying: station unreachable");
            StringAssert.Contains(SummarySyncLine(shift), "last status retrying: station unreachable");
            Assert.AreEqual(1, shift.Output.Split('\n').Count(l => !l.StartsWith("status ", StringComparison.Ordinal) && l.EndsWith("  sync retrying: station unreachable", StringComparison.Ordinal)),
                "each new reason is noted once, not at every retry:\n" + shift.Output);
        }

        private static string StatusLineAt(string output, string time)
        {
            return output.Split('\n').Single(l => l.StartsWith("status " + time, StringComparison.Ordinal));
        }

        private static string SummarySyncLine(SimulatedShift shift)
        {
            var report = new StringWriter();
            ShiftConsole.PrintReport(shift.Outcome, report, interactive: false);
            return report.ToString().Split('\n').Single(l => l.StartsWith("sync: ", StringComparison.Ordinal));
        }
    }
}
