#nullable disable
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#endif
using BwcFirmware.Drivers.Board;

// Portable test (see BoardPinMapPortableTests.cs for how it runs on both frameworks).
namespace BwcFirmware.DeviceTests.Board
{
    [TestClass]
    public sealed class PinRolesPortableTests
    {
        private static BoardPins Pins(string function)
        {
            string problem;
            string text = "board = bench\nchip = esp32s3\nsd.mode = mmc1\nsd.clk = 39\nsd.cmd = 38\nsd.d0 = 40\n" +
                "button.record = 14\nbutton.function = " + function + "\nsensor.holster = 47\nsensor.dock = 21\n" +
                "sensor.charge = 2\nsensor.card_detect = none\nled.record = 41\nhaptic = 3\nmic.clk = none\nmic.data = none\n" +
                "battery.adc_channel = 0\nbattery.divider_top_kohm = 100\nbattery.divider_bottom_kohm = 100\n" +
                "camera.pwdn = none\ncamera.reset = none\ncamera.xclk = 15\ncamera.siod = 4\ncamera.sioc = 5\n" +
                "camera.d7 = 16\ncamera.d6 = 17\ncamera.d5 = 18\ncamera.d4 = 12\ncamera.d3 = 10\ncamera.d2 = 8\n" +
                "camera.d1 = 9\ncamera.d0 = 11\ncamera.vsync = 6\ncamera.href = 7\ncamera.pclk = 13\n";
            return BoardPins.TryRead(BoardPinMap.TryParse(text, out problem), out problem);
        }

        [TestMethod]
        public void Buttons_AreActiveLowAndTheHolsterAndDockActiveHigh()
        {
            PinRoles roles = new PinRoles(Pins("42"));
            BoardInput input;
            bool activeHigh;

            Assert.IsTrue(roles.TryFind(14, out input, out activeHigh));
            Assert.IsTrue(input == BoardInput.RecordButton);
            Assert.IsFalse(activeHigh);
            Assert.IsTrue(roles.TryFind(42, out input, out activeHigh));
            Assert.IsTrue(input == BoardInput.FunctionButton);
            Assert.IsTrue(roles.TryFind(47, out input, out activeHigh));
            Assert.IsTrue(input == BoardInput.Holster);
            Assert.IsTrue(activeHigh);
            Assert.IsTrue(roles.TryFind(21, out input, out activeHigh));
            Assert.IsTrue(input == BoardInput.Dock);
            Assert.IsTrue(activeHigh);
        }

        [TestMethod]
        public void UnwiredInputsAndTheChargeLine_HaveNoRole()
        {
            PinRoles roles = new PinRoles(Pins("none"));
            BoardInput input;
            bool activeHigh;

            Assert.IsFalse(roles.TryFind(42, out input, out activeHigh));
            Assert.IsFalse(roles.TryFind(2, out input, out activeHigh));
            Assert.IsFalse(roles.TryFind(BoardPinMap.NoPin, out input, out activeHigh));
        }
    }
}
