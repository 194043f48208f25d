using System.Security.Cryptography;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Tests.Fakes;

namespace BwcFirmware.Tests.Hashing;

[TestClass]
public sealed class CardFileHashTests
{
    [TestMethod]
    [DataRow(0)]
    [DataRow(1)]
    [DataRow(4096)]
    [DataRow(100_001)]
    public void Compute_ReadsTheWholeFileThroughASmallBuffer_AndMatchesDotNet(int length)
    {
        var card = new MemoryCard();
        byte[] content = new byte[length];
        new Random(length).NextBytes(content);
        card.Put("clips/000001/000001.avi", content);
        byte[] digest = new byte[32];

        long hashed = CardFileHash.Compute(card, "clips/000001/000001.avi", new Sha256(), new byte[4096], digest, 0);

        Assert.AreEqual((long)length, hashed);
        CollectionAssert.AreEqual(SHA256.HashData(content), digest);
        Assert.AreEqual((length + 4095) / 4096 + 1, card.ReadCalls, "one read per buffer, plus the one that finds the end");
    }
}
