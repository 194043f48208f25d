using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Tests.Card;

[TestClass]
public sealed class FaultInjectingCardTests
{
    [TestMethod]
    public void PowerCut_LosesEverythingNotFlushed()
    {
        using var temp = new TempCard();
        var card = temp.Faulty();
        card.TearLastWrite = false;
        byte[] bytes = CardBytes.Pattern(5000, 2);
        ICardFile file = card.Create("chunk.avi");
        file.Write(bytes, 0, 3000);
        file.Flush();
        file.Write(bytes, 3000, 2000);

        card.CutPower();
        card.PowerOn();

        CollectionAssert.AreEqual(bytes.Take(3000).ToArray(), CardBytes.ReadAll(card, "chunk.avi"));
    }

    [TestMethod]
    public void UnflushedBytes_NeverReachTheDurableCardBeforeFlush()
    {
        using var temp = new TempCard();
        var card = temp.Faulty();
        using ICardFile file = card.Create("chunk.avi");
        file.Write(CardBytes.Pattern(700, 3), 0, 700);

        Assert.AreEqual(700, card.GetLength("chunk.avi"), "the writer sees its bytes");
        Assert.AreEqual(0, temp.Durable.GetLength("chunk.avi"), "the card has none of them yet");
        file.Flush();
        Assert.AreEqual(700, temp.Durable.GetLength("chunk.avi"));
    }

    [TestMethod]
    public void HeaderPatchNotFlushed_IsLostWhileFlushedBodySurvives()
    {
        using var temp = new TempCard();
        var card = temp.Faulty();
        byte[] bytes = CardBytes.Pattern(2000, 4);
        ICardFile file = card.Create("chunk.avi");
        file.Write(bytes, 0, bytes.Length);
        file.Flush();
        file.WriteAt(0, new byte[] { 0xEE, 0xEE }, 0, 2);
        Assert.AreEqual(0xEE, CardBytes.ReadAll(card, "chunk.avi")[0], "reads see the pending patch");

        card.CutPower();
        card.PowerOn();

        CollectionAssert.AreEqual(bytes, CardBytes.ReadAll(card, "chunk.avi"));
    }

    [TestMethod]
    public void CutAfterBytes_FallsMidWrite_AndLeavesAtMostAPrefixOfTheUnflushedTail()
    {
        for (int seed = 1; seed <= 20; seed++)
        {
            using var temp = new TempCard();
            var card = temp.Faulty(seed);
            byte[] bytes = CardBytes.Pattern(9000, seed);
            ICardFile file = card.Create("chunk.avi");
            file.Write(bytes, 0, 4000);
            file.Flush();
            card.CutPowerAfterBytes(2500);

            var error = Assert.ThrowsExactly<CardException>(() => file.Write(bytes, 4000, 5000));
            Assert.AreEqual(CardFault.Removed, error.Fault);
            card.PowerOn();

            byte[] after = CardBytes.ReadAll(card, "chunk.avi");
            Assert.IsTrue(after.Length >= 4000 && after.Length <= 6500, $"seed {seed}: {after.Length} bytes");
            CollectionAssert.AreEqual(bytes.Take(after.Length).ToArray(), after, $"seed {seed}: the tail is a prefix of what was written");
        }
    }

    [TestMethod]
    public void CutAfterOperations_FailsTheNextCall_AndEveryCallAfterIt_UntilPowerOn()
    {
        using var temp = new TempCard();
        var card = temp.Faulty();
        card.CutPowerAfterOperations(2);
        card.CreateDirectory("ring");
        Assert.IsTrue(card.DirectoryExists("ring"));

        Assert.AreEqual(CardFault.Removed, Assert.ThrowsExactly<CardException>(() => card.FileExists("x")).Fault);
        Assert.IsFalse(card.IsAlive);
        Assert.AreEqual(CardFault.Removed, Assert.ThrowsExactly<CardException>(() => card.ListFiles("ring")).Fault);
        Assert.AreEqual(CardFault.Removed, Assert.ThrowsExactly<CardException>(() => card.GetFreeBytes()).Fault);

        card.PowerOn();
        Assert.IsTrue(card.DirectoryExists("ring"), "what was done before the cut is durable");
    }

    [TestMethod]
    public void HandlesOpenedBeforeTheCut_StayDeadAfterPowerOn()
    {
        using var temp = new TempCard();
        var card = temp.Faulty();
        ICardFile file = card.Create("a.avi");
        card.CutPower();
        card.PowerOn();

        Assert.AreEqual(CardFault.Removed, Assert.ThrowsExactly<CardException>(() => file.Write(new byte[1], 0, 1)).Fault);
        file.Dispose();
        using ICardFile again = card.OpenAppend("a.avi");
        again.Write(new byte[] { 7 }, 0, 1);
        again.Flush();
        Assert.AreEqual(1, temp.Durable.GetLength("a.avi"));
    }

    [TestMethod]
    public void FullCard_RefusesTheWriteThatDoesNotFit_AndKeepsTheRest()
    {
        using var temp = new TempCard();
        var card = temp.Faulty();
        card.CapacityBytes = 1000;
        using ICardFile file = card.Create("a.avi");
        file.Write(new byte[900], 0, 900);
        Assert.AreEqual(100, card.GetFreeBytes());

        Assert.AreEqual(CardFault.Full, Assert.ThrowsExactly<CardException>(() => file.Write(new byte[200], 0, 200)).Fault);
        file.Write(new byte[100], 0, 100);
        file.Flush();
        Assert.AreEqual(1000, temp.Durable.GetLength("a.avi"));
    }

    [TestMethod]
    public void RemovedCard_LosesUnflushedBytesWithoutATornTail()
    {
        using var temp = new TempCard();
        var card = temp.Faulty();
        ICardFile file = card.Create("a.avi");
        file.Write(new byte[500], 0, 500);
        card.RemoveCard();

        Assert.AreEqual(CardFault.Removed, Assert.ThrowsExactly<CardException>(() => card.FileExists("a.avi")).Fault);
        card.PowerOn();
        Assert.AreEqual(0, card.GetLength("a.avi"));
    }

    [TestMethod]
    public void InjectedWriteError_FailsTheMatchingWriteOnce_AndChangesNothing()
    {
        using var temp = new TempCard();
        var card = temp.Faulty();
        using ICardFile log = card.Create("audit.log");
        using ICardFile chunk = card.Create("chunk.avi");
        card.FailWrites(1, ".avi");

        log.Write(new byte[10], 0, 10);
        Assert.AreEqual(CardFault.WriteError, Assert.ThrowsExactly<CardException>(() => chunk.Write(new byte[10], 0, 10)).Fault);
        Assert.AreEqual(0, chunk.Length);
        chunk.Write(new byte[10], 0, 10);
        Assert.AreEqual(10, chunk.Length);
    }

    [TestMethod]
    public void RenameOfAnOpenFile_IsAProgrammingError()
    {
        using var temp = new TempCard();
        var card = temp.Faulty();
        card.CreateDirectory("ring");
        using ICardFile file = card.Create("ring/000001.avi");
        Assert.ThrowsExactly<InvalidOperationException>(() => card.Rename("ring/000001.avi", "ring/000002.avi"));
        Assert.ThrowsExactly<InvalidOperationException>(() => card.Delete("ring"));
    }
}
