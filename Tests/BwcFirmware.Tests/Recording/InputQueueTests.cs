using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Tests.Recording;

[TestClass]
public sealed class InputQueueTests
{
    [TestMethod]
    public void EventsComeOutInTheOrderTheyWentIn_AcrossTheRingBoundary()
    {
        var queue = new InputQueue(3);
        var taken = new List<long>();
        for (int i = 0; i < 10; i++)
        {
            Assert.IsTrue(queue.TryPost(InputKind.RecordPress, i, i));
            if (i % 2 == 1)
            {
                while (queue.TryTake(out InputEvent e))
                {
                    taken.Add(e.TimeMs);
                }
            }
        }

        CollectionAssert.AreEqual(Enumerable.Range(0, 10).Select(i => (long)i).ToList(), taken);
    }

    [TestMethod]
    public void AFullQueue_RefusesTheNewEventAndCountsIt_KeepingTheOlderOnes()
    {
        var queue = new InputQueue(2);
        queue.TryPost(InputKind.RecordDoublePress, 1, 0);
        queue.TryPost(InputKind.RecordPress, 2, 0);

        bool accepted = queue.TryPost(InputKind.RecordHold, 3, 0);

        Assert.IsFalse(accepted);
        Assert.AreEqual(1, queue.DroppedCount);
        Assert.IsTrue(queue.TryTake(out InputEvent first));
        Assert.AreEqual(InputKind.RecordDoublePress, first.Kind);
    }

    [TestMethod]
    public void AnEmptyQueue_GivesNothing()
    {
        var queue = new InputQueue();

        Assert.IsFalse(queue.TryTake(out _));
        Assert.AreEqual(InputQueue.DefaultCapacity, queue.Capacity);
    }
}
