#nullable disable
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#endif
using BwcFirmware.Drivers.Board;

// Portable test: compiled by BwcFirmware.DeviceTests.nfproj (nanoFramework.TestFramework, on a board or the
// nanoCLR virtual device) and linked into the host test project (MSTest, whose namespace comes from that
// project's global using). Only the API both frameworks share is used; nanoFramework runs [Setup] once per
// class, so each test builds its own fixture instead.
namespace BwcFirmware.DeviceTests.Board
{
    [TestClass]
    public sealed class BoardPinMapPortableTests
    {
        private const string Sample =
            "# sample\n" +
            "board = sample\r\n" +
            "chip = esp32s3\n" +
            "button.record = 14\n" +
            "haptic = none\n" +
            "reserved.flash = 26, 27,28\n";

        [TestMethod]
        public void Parse_ReadsPinsNoneAndLists()
        {
            string problem;
            BoardPinMap map = BoardPinMap.TryParse(Sample, out problem);
            int record;
            int haptic;
            int[] flash;

            Assert.IsNotNull(map);
            Assert.IsTrue(map.TryGetPin("button.record", out record));
            Assert.IsTrue(map.TryGetPin("haptic", out haptic));
            Assert.IsTrue(map.TryGetPins("reserved.flash", out flash));
            Assert.AreEqual(14, record);
            Assert.AreEqual(BoardPinMap.NoPin, haptic);
            Assert.AreEqual(3, flash.Length);
            Assert.AreEqual(28, flash[2]);
            Assert.AreEqual("sample", map.Text("board"));
        }

        [TestMethod]
        public void Parse_RefusesARepeatedKeyWithItsLine()
        {
            string problem;
            BoardPinMap map = BoardPinMap.TryParse(Sample + "haptic = 3\n", out problem);

            Assert.IsNull(map);
            Assert.AreEqual("line 7: repeated key haptic", problem);
        }
    }
}
