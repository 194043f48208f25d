#nullable disable
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#endif
using BwcFirmware.Drivers.Board;

// Portable test (see BoardPinMapPortableTests.cs for how it runs on both frameworks).
namespace BwcFirmware.DeviceTests.Board
{
    [TestClass]
    public sealed class GpioEdgeQueuePortableTests
    {
        [TestMethod]
        public void Edges_ComeOutInTheOrderTheyHappened()
        {
            GpioEdgeQueue queue = new GpioEdgeQueue(4);
            queue.Post(14, false, 100);
            queue.Post(14, true, 180);
            GpioEdge first;
            GpioEdge second;
            GpioEdge none;

            Assert.IsTrue(queue.TryTake(out first));
            Assert.IsTrue(queue.TryTake(out second));
            Assert.IsFalse(queue.TryTake(out none));
            Assert.IsFalse(first.High);
            Assert.AreEqual(100L, first.TimeMs);
            Assert.IsTrue(second.High);
            Assert.AreEqual(180L, second.TimeMs);
        }

        [TestMethod]
        public void FullQueue_DropsTheOldestAndCountsIt()
        {
            GpioEdgeQueue queue = new GpioEdgeQueue(2);
            queue.Post(14, false, 1);
            queue.Post(14, true, 2);
            queue.Post(14, false, 3);
            GpioEdge edge;

            Assert.AreEqual(1, queue.Dropped);
            Assert.IsTrue(queue.TryTake(out edge));
            Assert.AreEqual(2L, edge.TimeMs);
            Assert.IsTrue(queue.TryTake(out edge));
            Assert.AreEqual(3L, edge.TimeMs);
        }
    }
}
