using BwcFirmware.Simulator.Commands;
using BwcFirmware.Simulator.Simulation;

namespace BwcFirmware.Tests.Simulator
{
    /// <summary><c>--engine</c>: native by default, managed on request, a bad word refused in one line; the report names the engine.</summary>
    [TestClass]
    public sealed class EngineOptionTests
    {
        [TestMethod]
        public void EngineWords_NativeIsTheDefault_AndABadWordIsRefusedAsBadInput()
        {
            Assert.AreEqual(MediaEngineChoice.Native, new ShiftOptions().Engine);
            Assert.AreEqual(MediaEngineChoice.Managed, RunCommand.EngineChoice("managed"));
            Assert.AreEqual(MediaEngineChoice.Native, RunCommand.EngineChoice("native"));

            CommandFailure failure = Assert.ThrowsExactly<CommandFailure>(() => RunCommand.EngineChoice("fast"));
            Assert.AreEqual(ExitCodes.BadInput, failure.ExitCode);
            Assert.AreEqual("--engine fast: expected native|managed", failure.Message);
        }

        [TestMethod]
        public void ShiftSummary_NamesTheEngineThatRan()
        {
            using SimulatedShift shift = SimulatedShift.Run("00:00 power.on\n00:05 record.double\n00:12 record.hold\n00:20 end\n", engine: MediaEngineChoice.Managed);

            string summary = File.ReadAllText(Path.Combine(shift.Root, "report", ShiftSession.SummaryName));
            StringAssert.EndsWith(summary, "media engine: " + MediaEngineChoices.Describe(MediaEngineChoice.Managed) + "\n");
            Assert.AreEqual(MediaEngineChoice.Managed, shift.Outcome.Result.Engine);
        }
    }
}
