using System.Security.Cryptography;
using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Drivers.Host.Hashing;
using BwcFirmware.Shared.Card;
using BwcFirmware.Tests.Card;

namespace BwcFirmware.Tests.Hashing;

[TestClass]
public sealed class BackgroundFileHasherTests
{
    [TestMethod]
    public void FilesHandedOver_AreHashedOnTheWorker_OneAfterAnother()
    {
        using var temp = new TempCard();
        using var reader = new DirectoryCardFileSystem(temp.Root, syncToDisk: false);
        using var sha = new HostSha256();
        using var hasher = new BackgroundFileHasher(reader, sha);
        byte[] digest = new byte[32];

        foreach (int length in new[] { 0, 1, 3 * 1024 * 1024 + 7 })
        {
            byte[] content = Write(temp, "clips/000001/" + length + ".avi", length);
            hasher.Start("clips/000001/" + length + ".avi");
            Assert.IsTrue(hasher.IsBusy);
            hasher.Finish(digest, 0);

            Assert.IsFalse(hasher.IsBusy);
            Assert.AreEqual((long)length, hasher.HashedBytes);
            CollectionAssert.AreEqual(SHA256.HashData(content), digest);
        }
    }

    [TestMethod]
    public void Polling_ReportsDoneOnlyOnce_WithTheDigest()
    {
        using var temp = new TempCard();
        using var reader = new DirectoryCardFileSystem(temp.Root, syncToDisk: false);
        using var sha = new HostSha256();
        using var hasher = new BackgroundFileHasher(reader, sha);
        byte[] content = Write(temp, "ring/000001.avi", 2 * 1024 * 1024);
        byte[] digest = new byte[32];

        hasher.Start("ring/000001.avi");
        SpinWait.SpinUntil(() => hasher.TryFinish(0, digest, 0), TimeSpan.FromSeconds(30));

        CollectionAssert.AreEqual(SHA256.HashData(content), digest);
        Assert.IsFalse(hasher.IsBusy);
        Assert.ThrowsExactly<InvalidOperationException>(() => hasher.TryFinish(0, digest, 0), "a digest is collected once");
    }

    [TestMethod]
    public void MissingFile_ComesBackAsTheCardFault_AndTheWorkerGoesOn()
    {
        using var temp = new TempCard();
        using var reader = new DirectoryCardFileSystem(temp.Root, syncToDisk: false);
        using var sha = new HostSha256();
        using var hasher = new BackgroundFileHasher(reader, sha);
        byte[] digest = new byte[32];

        hasher.Start("clips/000009/000001.avi");
        CardException fault = Assert.ThrowsExactly<CardException>(() => hasher.Finish(digest, 0));
        Assert.AreEqual(CardFault.NotFound, fault.Fault);

        byte[] content = Write(temp, "clips/000009/000002.avi", 1000);
        hasher.Start("clips/000009/000002.avi");
        hasher.Finish(digest, 0);
        CollectionAssert.AreEqual(SHA256.HashData(content), digest);
    }

    [TestMethod]
    public void Cancel_ReturnsWithTheWorkerFree_ForTheNextFile()
    {
        using var temp = new TempCard();
        using var reader = new DirectoryCardFileSystem(temp.Root, syncToDisk: false);
        using var sha = new HostSha256();
        using var hasher = new BackgroundFileHasher(reader, sha);
        Write(temp, "ring/000001.avi", 8 * 1024 * 1024);
        byte[] small = Write(temp, "ring/000002.avi", 100);
        byte[] digest = new byte[32];

        hasher.Start("ring/000001.avi");
        hasher.Cancel();
        Assert.IsFalse(hasher.IsBusy);

        hasher.Start("ring/000002.avi");
        hasher.Finish(digest, 0);
        CollectionAssert.AreEqual(SHA256.HashData(small), digest, "the cancelled file's state does not leak into the next digest");
    }

    [TestMethod]
    public void AnyFailureOnTheWorker_ComesBackAsACardFault_NotAProcessCrash()
    {
        using var temp = new TempCard();
        using var reader = new DirectoryCardFileSystem(temp.Root, syncToDisk: false);
        using var hasher = new BackgroundFileHasher(reader, new BrokenSha256());
        Write(temp, "ring/000001.avi", 1000);

        hasher.Start("ring/000001.avi");
        CardException fault = Assert.ThrowsExactly<CardException>(() => hasher.Finish(new byte[32], 0));
        Assert.AreEqual(CardFault.WriteError, fault.Fault);
        Assert.IsFalse(hasher.IsBusy);
    }

    /// <summary>A hash whose every append fails, as a broken native binding would.</summary>
    private sealed class BrokenSha256 : BwcFirmware.Shared.Hashing.ISha256
    {
        public void Reset()
        {
        }

        public void Append(byte[] buffer, int offset, int count) => throw new InvalidOperationException("hash engine failed");

        public void Finish(byte[] digest, int offset) => throw new InvalidOperationException("hash engine failed");
    }

    private static byte[] Write(TempCard temp, string path, int length)
    {
        byte[] content = new byte[length];
        new Random(length).NextBytes(content);
        string host = Path.Combine(temp.Root, path.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(host)!);
        File.WriteAllBytes(host, content);
        return content;
    }
}
