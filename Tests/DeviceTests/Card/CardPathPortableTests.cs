#nullable disable
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#endif
using BwcFirmware.Drivers.Card;
using BwcFirmware.Shared.Card;

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
            Assert.AreEqual("D:\\config.txt", CardPath.ToDevice("D:\\", "config.txt"));
            Assert.AreEqual("D:\\", CardPath.ToDevice("D:\\", string.Empty));
        }

        [TestMethod]
        public void ToDevice_RefusesEveryPathOutsideTheCard()
        {
            string[] refused = new string[] { "..", "../config.txt", "clips/../../x", "clips/./x", "/config.txt", "clips\\x", "D:/x", "a//b", "clips/", null };
            for (int i = 0; i < refused.Length; i++)
            {
                bool thrown = false;
                try
                {
                    CardPath.ToDevice("D:\\", refused[i]);
                }
                catch (CardException e)
                {
                    thrown = e.Fault == CardFault.NotFound;
                }

                Assert.IsTrue(thrown, "refused: " + refused[i]);
                Assert.IsFalse(CardPathCheck.IsValid(refused[i]), "invalid: " + refused[i]);
            }
        }

        [TestMethod]
        public void CardPaths_WithDotsInsideNames_AreAccepted()
        {
            string[] accepted = new string[] { string.Empty, "config.txt", "clips/000007/000001.avi", "a..b", "x..", ".hidden/...", "sync/state.tmp" };
            for (int i = 0; i < accepted.Length; i++)
            {
                Assert.IsTrue(CardPathCheck.IsValid(accepted[i]), accepted[i]);
            }
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
