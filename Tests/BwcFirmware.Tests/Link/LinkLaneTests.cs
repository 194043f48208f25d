using BwcFirmware.Drivers.Host.Link;

namespace BwcFirmware.Tests.Link;

/// <summary>The link model as arithmetic: rate, half a round trip each way, a round trip per lost packet.</summary>
[TestClass]
public sealed class LinkLaneTests
{
    [TestMethod]
    public void BytesSentBackToBack_LeaveAtTheRate_AndArriveHalfARoundTripLater()
    {
        var shape = new LinkShape(20_000_000, 5);
        var lane = new LinkLane(shape, seed: 1);
        long due = 0;
        long sent = 0;
        for (int i = 0; i < 256; i++)
        {
            // 256 blocks of 10,000 bytes, all handed over at time 0: 2,560,000 bytes at 2.5 MB/s = 1.024 s.
            due = lane.Admit(0, 10_000, out sent);
        }

        Assert.AreEqual(1_024_000, sent);
        Assert.AreEqual(1_024_000 + 2_500, due);
    }

    [TestMethod]
    public void AnIdleLink_StartsAfreshWhenBytesArrive_AndNeverDeliversOutOfOrder()
    {
        var lane = new LinkLane(new LinkShape(8_000_000, 20), seed: 1);
        long first = lane.Admit(0, 1_000, out _);
        Assert.AreEqual(1_000 + 10_000, first, "1,000 bytes at 1 MB/s, then 10 ms");
        long later = lane.Admit(500_000, 1_000, out _);
        Assert.AreEqual(500_000 + 1_000 + 10_000, later, "the link was idle: no queue");
        long queued = lane.Admit(500_100, 4_000, out _);
        Assert.AreEqual(500_000 + 5_000 + 10_000, queued, "behind the block before it");
        Assert.IsTrue(queued > later);
    }

    [TestMethod]
    public void QueuedBytes_AreWhatTheBottleneckHasNotSentYet()
    {
        var lane = new LinkLane(new LinkShape(8_000_000, 0), seed: 1);
        lane.Admit(0, 50_000, out _);
        Assert.AreEqual(50_000, lane.QueuedBytes(0));
        Assert.AreEqual(30_000, lane.QueuedBytes(20_000));
        Assert.AreEqual(0, lane.QueuedBytes(60_000));
    }

    [TestMethod]
    public void EachLostPacket_CostsOneRoundTrip_ForItAndEverythingBehindIt()
    {
        var lossy = new LinkLane(new LinkShape(8_000_000, 10, lossPercent: 5), seed: 7);
        long due = 0;
        for (int i = 0; i < 100; i++)
        {
            due = lossy.Admit(0, 14_480, out _);
        }

        Assert.IsTrue(lossy.PacketsLost > 0 && lossy.PacketsLost < 1000, "about 5 % of 1,000 packets: " + lossy.PacketsLost);
        Assert.AreEqual(1_448_000 + (lossy.PacketsLost * 10_000) + 5_000, due);
    }

    [TestMethod]
    public void Shapes_ParseFromTheCommandLineForm()
    {
        Assert.IsTrue(LinkShape.TryParse("20mbit/5ms", out LinkShape a, out _));
        Assert.AreEqual(20_000_000, a.RateBitsPerSecond);
        Assert.AreEqual(5.0, a.RoundTripMs);
        Assert.AreEqual("20 Mbit/s, 5 ms RTT", a.ToString());
        Assert.IsTrue(LinkShape.TryParse("500kbit/20ms/0.5%", out LinkShape b, out _));
        Assert.AreEqual(500_000, b.RateBitsPerSecond);
        Assert.AreEqual(0.5, b.LossPercent);
        foreach (string bad in new[] { "20mbit", "20/5ms", "20mbit/5", "0mbit/5ms", "20mbit/5ms/x", "fast/5ms", "20mbit/5ms/100%" })
        {
            Assert.IsFalse(LinkShape.TryParse(bad, out _, out string problem), bad);
            StringAssert.StartsWith(problem, "link '" + bad + "'");
        }
    }
}
