#nullable disable
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#endif
using BwcFirmware.Drivers.Board;

// Portable test (see BoardPinMapPortableTests.cs for how it runs on both frameworks).
namespace BwcFirmware.DeviceTests.Board
{
    [TestClass]
    public sealed class BoardPinsPortableTests
    {
        // nanoFramework's mscorlib has no String.Replace: variants are built, not edited.
        private static string Board(string recordButton, bool withHref)
        {
            return "board = bench\nchip = esp32\nsd.mode = mmc1\nsd.clk = 14\nsd.cmd = 15\nsd.d0 = 2\n" +
                "button.record = " + recordButton + "\nbutton.function = none\nsensor.holster = none\nsensor.dock = 12\nsensor.charge = none\n" +
                "sensor.card_detect = none\nled.record = 4\nhaptic = none\nmic.clk = none\nmic.data = none\n" +
                "battery.adc_channel = 5\nbattery.divider_top_kohm = 100\nbattery.divider_bottom_kohm = 47\n" +
                "camera.pwdn = 32\ncamera.reset = none\ncamera.xclk = 0\ncamera.siod = 26\ncamera.sioc = 27\ncamera.d7 = 35\n" +
                "camera.d6 = 34\ncamera.d5 = 39\ncamera.d4 = 36\ncamera.d3 = 21\ncamera.d2 = 19\ncamera.d1 = 18\ncamera.d0 = 5\n" +
                "camera.vsync = 25\n" + (withHref ? "camera.href = 23\n" : string.Empty) + "camera.pclk = 22\n";
        }

        [TestMethod]
        public void TryRead_TakesFunctionsCameraAndDivider()
        {
            string problem;
            BoardPins pins = BoardPins.TryRead(BoardPinMap.TryParse(Board("13", true), out problem), out problem);

            Assert.IsNotNull(pins, problem);
            Assert.AreEqual(13, pins.RecordButton);
            Assert.AreEqual(BoardPinMap.NoPin, pins.Haptic);
            Assert.AreEqual(47, pins.DividerBottomKiloOhms);
            Assert.AreEqual(32, pins.CameraPins[0]);
            Assert.AreEqual(BoardPinMap.NoPin, pins.CameraPins[1]);
            Assert.AreEqual(22, pins.CameraPins[15]);
        }

        [TestMethod]
        public void TryRead_RefusesABoardWithoutARecordButton()
        {
            string problem;
            BoardPins pins = BoardPins.TryRead(BoardPinMap.TryParse(Board("none", true), out problem), out problem);

            Assert.IsNull(pins);
            Assert.AreEqual("record button, battery channel and divider are required", problem);
        }

        [TestMethod]
        public void TryRead_NamesAMissingCameraPin()
        {
            string problem;
            BoardPins pins = BoardPins.TryRead(BoardPinMap.TryParse(Board("13", false), out problem), out problem);

            Assert.IsNull(pins);
            Assert.AreEqual("camera.href: missing or not a number", problem);
        }
    }
}
