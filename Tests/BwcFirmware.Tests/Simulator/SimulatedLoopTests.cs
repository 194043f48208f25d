using BwcFirmware.Drivers.Board;
using BwcFirmware.Drivers.Host.Simulated;

namespace BwcFirmware.Tests.Simulator
{
    /// <summary>The simulator runs the device's camera loop: its pins post real GPIO edges, its policies act.</summary>
    [TestClass]
    public sealed class SimulatedLoopTests
    {
        [TestMethod]
        public void SimulatedPins_PostTheBoardFilesGpiosWithTheWiringsLevels()
        {
            var board = new SimulatedBoard(seed: 1);
            board.Press(BoardInput.RecordButton, 1_000);
            board.Set(BoardInput.Dock, 5_000, true);

            var edges = new List<PinEdge>();
            while (board.TryTakeEdge(long.MaxValue - 1, out PinEdge edge))
            {
                edges.Add(edge);
            }

            PinEdge press = edges.First(e => e.Input == BoardInput.RecordButton);
            Assert.AreEqual(14, press.Gpio, "button.record in simulated-esp32s3-cam.pins");
            Assert.IsTrue(press.Active);
            Assert.IsFalse(press.High, "the button pulls its line low");
            PinEdge dock = edges.First(e => e.Input == BoardInput.Dock);
            Assert.AreEqual(21, dock.Gpio);
            Assert.IsTrue(dock.High, "the dock divider drives its line high");
        }

        [TestMethod]
        public void CriticalBatteryOffTheDock_PowersTheCameraDown_AndDockingWakesIt()
        {
            using SimulatedShift shift = SimulatedShift.Run("00:00 power.on\n00:10 battery 3300\n00:40 dock\n01:10 end\n");

            StringAssert.Contains(shift.Output, "orderly power-off: asleep until docked");
            StringAssert.Contains(shift.Output, "docked: the camera wakes from its power-down");
            Assert.AreEqual(2, shift.Outcome.Result.Boots);
            Assert.IsTrue(shift.Outcome.Verified, shift.Outcome.Evidence.Summary());
        }

        [TestMethod]
        public void CriticalBatteryOnTheDock_KeepsTheCameraUp()
        {
            using SimulatedShift shift = SimulatedShift.Run("00:00 power.on\n00:05 dock\n00:10 battery 3300\n00:40 end\n");

            Assert.IsFalse(shift.Output.Contains("orderly power-off"), shift.Output);
            Assert.AreEqual(1, shift.Outcome.Result.Boots);
        }
    }
}
