#nullable disable
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#endif
using BwcFirmware.Drivers.Card;

// Portable test (see Board/BoardPinMapPortableTests.cs for how it runs on both frameworks).
namespace BwcFirmware.DeviceTests.Card
{
    [TestClass]
    public sealed class CardSpaceLedgerPortableTests
    {
        private const long Cluster = 32768;

        [TestMethod]
        public void Write_CountsWholeClusters()
        {
            CardSpaceLedger ledger = new CardSpaceLedger(10 * Cluster, Cluster, Cluster);

            ledger.Grew(0, 1);
            ledger.Grew(1, Cluster + 1);

            Assert.AreEqual(7 * Cluster, ledger.FreeBytes);
        }

        [TestMethod]
        public void Delete_GivesTheClustersBack()
        {
            CardSpaceLedger ledger = new CardSpaceLedger(10 * Cluster, Cluster, 0);
            ledger.Grew(0, 3 * Cluster);

            ledger.Freed(3 * Cluster);

            Assert.AreEqual(10 * Cluster, ledger.FreeBytes);
        }

        [TestMethod]
        public void Growth_WithinTheLastClusterNeedsNoRoom()
        {
            CardSpaceLedger ledger = new CardSpaceLedger(2 * Cluster, Cluster, 0);
            ledger.Grew(0, 2 * Cluster - 10);

            Assert.IsTrue(ledger.HasRoomFor(2 * Cluster - 10, 2 * Cluster));
            Assert.IsFalse(ledger.HasRoomFor(2 * Cluster - 10, 2 * Cluster + 1));
        }

        [TestMethod]
        public void FreeBytes_NeverGoesBelowZero()
        {
            CardSpaceLedger ledger = new CardSpaceLedger(Cluster, Cluster, 2 * Cluster);

            Assert.AreEqual(0L, ledger.FreeBytes);
        }
    }
}
