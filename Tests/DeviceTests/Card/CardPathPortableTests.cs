#nullable disable
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#endif
using BwcFirmware.Drivers.Card;

// Portable test (see Board/BoardPinMapPortableTests.cs for how it runs on both frameworks).
namespace BwcFirmware.DeviceTests.Card
{
    [TestClass]
    public sealed class CardPathPortableTests
    {
        [TestMethod]
        public void ToDevice_PutsTheContractPathUnderTheDrive()
        {
            Assert.AreEqual("D:\\clips\\000007\\000001.avi", CardPath.ToDevice("D:\\", "clips/000007/000001.avi"));
            Assert.AreEqual("D:\\config.txt", CardPath.ToDevice("D:\\", "/config.txt"));
        }

        [TestMethod]
        public void SortedNames_KeepsNamesInRecordingOrder()
        {
            string[] names = OrdinalNames.SortedNames(new string[] { "D:\\ring\\000010.avi", "D:\\ring\\000002.avi", "D:\\ring\\Z.avi", "D:\\ring\\000009.avi" });

            Assert.AreEqual(4, names.Length);
            Assert.AreEqual("000002.avi", names[0]);
            Assert.AreEqual("000009.avi", names[1]);
            Assert.AreEqual("000010.avi", names[2]);
            Assert.AreEqual("Z.avi", names[3]);
        }

        [TestMethod]
        public void CompareOrdinal_OrdersUpperCaseBeforeLowerCase()
        {
            Assert.IsTrue(OrdinalNames.CompareOrdinal("B", "a") < 0);
            Assert.IsTrue(OrdinalNames.CompareOrdinal("ab", "a") > 0);
            Assert.AreEqual(0, OrdinalNames.CompareOrdinal("abc", "abc"));
        }
    }
}
