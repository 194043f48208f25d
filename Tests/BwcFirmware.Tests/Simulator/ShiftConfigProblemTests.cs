namespace BwcFirmware.Tests.Simulator
{
    /// <summary>A card whose config.txt has bad lines: the shift runs on defaults and says which lines and what it used.</summary>
    [TestClass]
    public sealed class ShiftConfigProblemTests
    {
        [TestMethod]
        public void EachConfigProblem_IsListedWithFileLineKeyAndTheValueUsed()
        {
            const string config = "# card config\npre_event_seconds = 99999999999\nrecord_hold_ms = soon\n";
            using SimulatedShift shift = SimulatedShift.Run("00:00 power.on\n00:05 end\n", config: config);

            StringAssert.Contains(shift.Output, "config: config.txt:2 pre_event_seconds: too large (must be 0-120); default 30 used");
            StringAssert.Contains(shift.Output, "config: config.txt:3 record_hold_ms: not a whole number; default 3000 used");
        }
    }
}
