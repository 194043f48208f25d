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
    public void PostsFromOtherThreads_AreNeitherLostNorDuplicated()
    {
        // GPIO interrupts post from their own thread while the loop takes.
        var queue = new InputQueue(16);
        const int perThread = 20000;
        var posted = new int[2];
        var takenTimes = new List<long>();
        var producers = Enumerable.Range(0, 2).Select(p => new Thread(() =>
        {
            for (int i = 0; i < perThread; i++)
            {
                if (queue.TryPost(InputKind.RecordPress, (p * perThread) + i, p))
                {
                    Interlocked.Increment(ref posted[p]);
                }
            }
        })).ToList();
        producers.ForEach(t => t.Start());
        while (producers.Any(t => t.IsAlive) || queue.Count > 0)
        {
            while (queue.TryTake(out InputEvent e))
            {
                takenTimes.Add(e.TimeMs);
            }
        }

        producers.ForEach(t => t.Join());
        Assert.AreEqual(2 * perThread, posted[0] + posted[1] + queue.DroppedCount);
        Assert.AreEqual(posted[0] + posted[1], takenTimes.Count);
        Assert.AreEqual(takenTimes.Count, takenTimes.Distinct().Count(), "an event came out twice");
        foreach (int p in new[] { 0, 1 })
        {
            var mine = takenTimes.Where(t => t / perThread == p).ToList();
            CollectionAssert.AreEqual(mine.Order().ToList(), mine, "one thread's events came out of order");
        }
    }

    [TestMethod]
    public void AnEmptyQueue_GivesNothing()
    {
        var queue = new InputQueue();

        Assert.IsFalse(queue.TryTake(out _));
        Assert.AreEqual(InputQueue.DefaultCapacity, queue.Capacity);
    }
}
