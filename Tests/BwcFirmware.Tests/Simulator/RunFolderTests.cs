using BwcFirmware.Simulator.Commands;
using BwcFirmware.Simulator.Scripting;
using BwcFirmware.Simulator.Simulation;

namespace BwcFirmware.Tests.Simulator
{
    /// <summary>
    /// <c>run</c> with a card or report folder it cannot use: one line naming the folder and the cause, exit 3
    /// (something outside the firmware), before the shift starts, and nothing left half-written.
    /// </summary>
    [TestClass]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public sealed class RunFolderTests
    {
        private const string Script = "00:00 power.on\n00:02 record.double\n00:06 record.hold\n00:10 end\n";
        private string _root = string.Empty;

        [TestInitialize]
        public void CreateRoot()
        {
            _root = Path.Combine(Path.GetTempPath(), "bwc-folders-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_root);
        }

        [TestCleanup]
        public void DeleteRoot()
        {
            Directory.Delete(_root, recursive: true);
        }

        private static CommandFailure RunExpectingFailure(string card, string? report, out string output)
        {
            ShiftOptions options = RunCommand.BuildOptions(card, report, null, null, null, "160x120", 15, 1, false);
            var text = new StringWriter();
            var failure = Assert.ThrowsExactly<CommandFailure>(
                () => RunCommand.RunScript(ScenarioParser.Parse(Script, "short.txt"), options, text, new StringWriter()));
            output = text.ToString();
            Assert.AreEqual(ExitCodes.Environment, failure.ExitCode);
            Assert.IsFalse(failure.Message.Contains('\n'), "one line: " + failure.Message);
            return failure;
        }

        [TestMethod]
        public void CardFolderThatCannotBeCreated_IsNamedWithItsCauseBeforeTheShift()
        {
            using var parent = new UnwritableFolder(Path.Combine(_root, "locked"));
            string card = Path.Combine(parent.Path, "card");

            CommandFailure failure = RunExpectingFailure(card, Path.Combine(_root, "report"), out string output);

            StringAssert.StartsWith(failure.Message, "card folder " + card + ": ");
            StringAssert.Contains(failure.Message, "cannot create it");
            StringAssert.Contains(failure.Message, "no permission");
            Assert.AreEqual(string.Empty, output, "nothing ran");
            Assert.IsFalse(Directory.Exists(Path.Combine(_root, "report")), "no report folder for a shift that never ran");
        }

        [TestMethod]
        public void CardFolderUnderARegularFile_SaysWhichPartIsAFile()
        {
            string file = Path.Combine(_root, "afile");
            File.WriteAllText(file, "x");

            CommandFailure failure = RunExpectingFailure(Path.Combine(file, "card"), null, out string output);

            StringAssert.Contains(failure.Message, file + " is a file, not a folder");
            Assert.AreEqual(string.Empty, output);
        }

        [TestMethod]
        public void ReadOnlyCardFolder_IsRefusedBeforeTheShiftNamingTheCause()
        {
            using var card = new UnwritableFolder(Path.Combine(_root, "card"));

            CommandFailure failure = RunExpectingFailure(card.Path, Path.Combine(_root, "report"), out string output);

            StringAssert.StartsWith(failure.Message, "card folder " + card.Path + ": ");
            StringAssert.Contains(failure.Message, "cannot write into it");
            StringAssert.Contains(failure.Message, "no permission");
            Assert.AreEqual(string.Empty, output, "no shift, no phantom clip row");
        }

        [TestMethod]
        public void ReportFolderNotWritable_IsRefusedBeforeTheShiftAndTheCardIsNotCreated()
        {
            using var locked = new UnwritableFolder(Path.Combine(_root, "locked"));
            string card = Path.Combine(_root, "card");
            string report = Path.Combine(locked.Path, "report");

            CommandFailure failure = RunExpectingFailure(card, report, out string output);

            StringAssert.StartsWith(failure.Message, "report folder " + report + ": ");
            StringAssert.Contains(failure.Message, "no permission");
            Assert.AreEqual(string.Empty, output, "the shift did not run");
            Assert.IsFalse(Directory.Exists(card), "nothing half-written: the card folder made for the run is gone again");
        }

        [TestMethod]
        public void ReportPointingAtARegularFile_IsAReportFolderProblem()
        {
            string file = Path.Combine(_root, "summary.txt");
            File.WriteAllText(file, "mine");

            CommandFailure failure = RunExpectingFailure(Path.Combine(_root, "card"), file, out string output);

            Assert.AreEqual("report folder " + file + ": is a file, not a folder", failure.Message);
            Assert.AreEqual("mine", File.ReadAllText(file));
            Assert.AreEqual(string.Empty, output);
        }
    }
}
