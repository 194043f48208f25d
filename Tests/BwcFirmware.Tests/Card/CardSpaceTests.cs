using BwcFirmware.Shared.Card;

namespace BwcFirmware.Tests.Card;

[TestClass]
public sealed class CardSpaceTests
{
    private const int Cluster = 1024;

    [TestMethod]
    public void Measure_CountsEveryFileInWholeClustersAndEveryDirectoryAsOne()
    {
        using var temp = new TempCard();
        temp.Durable.CreateDirectory("clips/000001");
        CardBytes.Put(temp.Durable, "clips/000001/000001.avi", new byte[1025]);
        CardBytes.Put(temp.Durable, "config.txt", new byte[1]);

        var faulty = temp.Faulty();
        faulty.CapacityBytes = 100 * Cluster;
        CardSpace space = CardSpace.Measure(faulty, 100 * Cluster, 0, Cluster);

        // clips, clips/000001: 2 clusters; the chunk 2; config 1.
        Assert.AreEqual(5 * Cluster, space.UsedBytes);
        Assert.AreEqual(100 * Cluster, space.CapacityBytes);
    }

    [TestMethod]
    public void Measure_TakesTheSmallerCapacityWhenTheCardReportsLessFreeSpace()
    {
        using var temp = new TempCard();
        var faulty = temp.Faulty();
        faulty.CapacityBytes = 10 * Cluster;
        CardSpace space = CardSpace.Measure(faulty, 1_000_000 * (long)Cluster, 0, Cluster);
        Assert.AreEqual(10 * Cluster, space.CapacityBytes);
    }

    [TestMethod]
    public void AccountedWrites_AreChargedPerCluster_AndDeletesCredited()
    {
        using var temp = new TempCard();
        var space = new CardSpace(100 * Cluster, 0, 0, Cluster);
        var card = new AccountedCardFileSystem(temp.Durable, space);
        using (ICardFile file = card.Create("a.avi"))
        {
            file.Write(new byte[10], 0, 10);
            Assert.AreEqual(Cluster, space.UsedBytes);
            file.Write(new byte[Cluster - 10], 0, Cluster - 10);
            Assert.AreEqual(Cluster, space.UsedBytes);
            file.Write(new byte[1], 0, 1);
            Assert.AreEqual(2 * Cluster, space.UsedBytes);
            file.Flush();
        }

        card.Delete("a.avi");
        Assert.AreEqual(0, space.UsedBytes);
    }

    [TestMethod]
    public void Reserve_IsRefusedToOrdinaryWrites_AndGrantedWhileOpen()
    {
        using var temp = new TempCard();
        var space = new CardSpace(10 * Cluster, 0, 4 * Cluster, Cluster);
        var card = new AccountedCardFileSystem(temp.Durable, space);
        using ICardFile file = card.Create("a.avi");
        file.Write(new byte[6 * Cluster], 0, 6 * Cluster);
        Assert.AreEqual(0, card.GetFreeBytes());

        var error = Assert.ThrowsExactly<CardException>(() => file.Write(new byte[1], 0, 1));
        Assert.AreEqual(CardFault.Full, error.Fault);

        space.ReserveOpen = true;
        file.Write(new byte[4 * Cluster], 0, 4 * Cluster);
        Assert.AreEqual(10 * Cluster, space.UsedBytes);
        Assert.AreEqual(CardFault.Full, Assert.ThrowsExactly<CardException>(() => file.Write(new byte[1], 0, 1)).Fault);
    }
}
