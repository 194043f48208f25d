using System.CommandLine;
using BwcFirmware.Simulator.Commands;

namespace BwcFirmware.Tests.Simulator
{
    /// <summary>The run command's --station option as typed on the command line.</summary>
    [TestClass]
    public sealed class StationOptionTests
    {
        [TestMethod]
        public void StationOption_AcceptsAnHttpUrlTypedOnTheCommandLine()
        {
            string missing = Path.Combine(Path.GetTempPath(), "bwc-no-script-" + Guid.NewGuid().ToString("N") + ".txt");
            int code = SimulatorCommandLine.Create().Parse(
                new[] { "run", "--script", missing, "--card", Path.GetTempPath(), "--station", "http://127.0.0.1:1080/files/" }).Invoke();

            // The URL is taken; what stops the run is the missing script, a bad-input exit (not a crash).
            Assert.AreEqual(ExitCodes.BadInput, code);
        }

        [TestMethod]
        public void StationOption_RefusesTextThatIsNoUrl()
        {
            var failure = Assert.ThrowsExactly<CommandFailure>(() => RunCommand.StationUri("not a url"));
            StringAssert.Contains(failure.Message, "--station");
        }
    }
}
