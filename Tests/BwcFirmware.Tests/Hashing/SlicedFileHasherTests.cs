using System.Security.Cryptography;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Tests.Fakes;

namespace BwcFirmware.Tests.Hashing;

[TestClass]
public sealed class SlicedFileHasherTests
{
    private const string Path = "clips/000001/000001.avi";

    [TestMethod]
    [DataRow(0)]
    [DataRow(1)]
    [DataRow(4096)]
    [DataRow(100_001)]
    public void EachPoll_ReadsAboutItsBudget_AndTheLastOneGivesDotNetsDigest(int length)
    {
        var card = new MemoryCard();
        byte[] content = new byte[length];
        new Random(length).NextBytes(content);
        card.Put(Path, content);
        var hasher = new SlicedFileHasher(card, new Sha256(), 4096);
        byte[] digest = new byte[40];

        hasher.Start(Path);
        int polls = 1;
        while (!hasher.TryFinish(8192, digest, 8))
        {
            polls++;
            Assert.IsTrue(hasher.IsBusy);
        }

        Assert.IsFalse(hasher.IsBusy);
        Assert.AreEqual((long)length, hasher.HashedBytes);
        CollectionAssert.AreEqual(SHA256.HashData(content), digest.Skip(8).ToArray());
        Assert.AreEqual(length / 8192 + 1, polls, "two 4 KiB reads per 8 KiB of budget, and the read that finds the end");
    }

    [TestMethod]
    public void Finish_HashesTheRestAtOnce_AfterSomeSlices()
    {
        var card = new MemoryCard();
        byte[] content = new byte[50_000];
        new Random(3).NextBytes(content);
        card.Put(Path, content);
        var hasher = new SlicedFileHasher(card, new Sha256(), 4096);
        byte[] digest = new byte[32];

        hasher.Start(Path);
        Assert.IsFalse(hasher.TryFinish(1, digest, 0), "a tiny budget still reads one buffer");
        hasher.Finish(digest, 0);

        CollectionAssert.AreEqual(SHA256.HashData(content), digest);
        Assert.AreEqual(50_000L, hasher.HashedBytes);
    }

    [TestMethod]
    public void UnreadableFile_ThrowsTheCardFault_AndTheHasherTakesTheNextFile()
    {
        var card = new MemoryCard();
        card.Put(Path, new byte[] { 1, 2, 3 });
        var hasher = new SlicedFileHasher(card, new Sha256(), 4096);
        byte[] digest = new byte[32];

        hasher.Start("clips/000001/missing.avi");
        CardException fault = Assert.ThrowsExactly<CardException>(() => hasher.TryFinish(4096, digest, 0));
        Assert.AreEqual(CardFault.NotFound, fault.Fault);
        Assert.IsFalse(hasher.IsBusy);

        hasher.Start(Path);
        hasher.Finish(digest, 0);
        CollectionAssert.AreEqual(SHA256.HashData(new byte[] { 1, 2, 3 }), digest);
    }

    [TestMethod]
    public void Start_WhileBusy_IsRefused_AndCancelFreesIt()
    {
        var card = new MemoryCard();
        card.Put(Path, new byte[10_000]);
        var hasher = new SlicedFileHasher(card, new Sha256(), 4096);

        hasher.Start(Path);
        Assert.ThrowsExactly<InvalidOperationException>(() => hasher.Start(Path));
        hasher.Cancel();
        Assert.IsFalse(hasher.IsBusy);
        Assert.ThrowsExactly<InvalidOperationException>(() => hasher.TryFinish(4096, new byte[32], 0), "nothing to finish after a cancel");
    }
}
