using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Tests.Card;

[TestClass]
public sealed class DirectoryCardFileSystemTests
{
    [TestMethod]
    public void WrittenAndPatchedBytes_ReadBackAsWritten()
    {
        using var temp = new TempCard();
        ICardFileSystem card = temp.Durable;
        card.CreateDirectory("clips/000001");
        byte[] body = CardBytes.Pattern(10_000, 1);
        using (ICardFile file = card.Create("clips/000001/000001.avi"))
        {
            file.Write(body, 0, 6000);
            file.WriteAt(4, new byte[] { 9, 9, 9, 9 }, 0, 4);
            file.Write(body, 6000, 4000);
            file.Flush();
            Assert.AreEqual(10_000, file.Length);
        }

        body[4] = body[5] = body[6] = body[7] = 9;
        CollectionAssert.AreEqual(body, CardBytes.ReadAll(card, "clips/000001/000001.avi"));
        Assert.AreEqual(10_000, card.GetLength("clips/000001/000001.avi"));
    }

    [TestMethod]
    public void SmallWritesGatheredAndLargeWritesPassedThrough_LandInOrder_WithPatchesAndAppends()
    {
        using var temp = new TempCard();
        ICardFileSystem card = temp.Durable;
        var random = new Random(5);
        var expected = new List<byte>();
        using (ICardFile file = card.Create("chunk.avi"))
        {
            foreach (int size in new[] { 8, 2133, 8, 30_720, 9, 1, 4095, 4096, 4097, 3, 70_000, 8 })
            {
                byte[] part = new byte[size];
                random.NextBytes(part);
                file.Write(part, 0, size);
                expected.AddRange(part);
                Assert.AreEqual(expected.Count, file.Length, "the length counts gathered bytes");
            }

            // A patch may fall in bytes already on the card or in bytes still gathered.
            file.WriteAt(2, new byte[] { 7, 7, 7 }, 0, 3);
            file.WriteAt(expected.Count - 5, new byte[] { 6, 6 }, 0, 2);
            expected[2] = expected[3] = expected[4] = 7;
            expected[^5] = expected[^4] = 6;
            file.Write(new byte[] { 5 }, 0, 1);
            expected.Add(5);
        }

        CollectionAssert.AreEqual(expected.ToArray(), CardBytes.ReadAll(card, "chunk.avi"), "dispose writes what was gathered");
        using (ICardFile again = card.OpenAppend("chunk.avi"))
        {
            Assert.AreEqual(expected.Count, again.Length);
            again.Write(new byte[] { 1, 2 }, 0, 2);
        }

        Assert.AreEqual(expected.Count + 2, card.GetLength("chunk.avi"));
    }

    [TestMethod]
    public void WritingToAClosedFile_IsACardRemovedFault()
    {
        using var temp = new TempCard();
        ICardFile file = temp.Durable.Create("a.avi");
        file.Dispose();
        Assert.AreEqual(CardFault.Removed, Assert.ThrowsExactly<CardException>(() => file.Write(new byte[1], 0, 1)).Fault);
    }

    [TestMethod]
    public void ReadingToTheEnd_ReleasesTheFile_SoAnotherCardInstanceMayReplaceIt()
    {
        using var temp = new TempCard();
        using var other = new DirectoryCardFileSystem(temp.Root, syncToDisk: false);
        temp.Durable.CreateDirectory("ring");
        CardBytes.Put(temp.Durable, "ring/000001.avi", new byte[] { 1, 2, 3 });
        byte[] buffer = new byte[16];
        Assert.AreEqual(3, temp.Durable.Read("ring/000001.avi", 0, buffer, 0, 16));
        Assert.AreEqual(0, temp.Durable.Read("ring/000001.avi", 3, buffer, 0, 16));

        other.Delete("ring/000001.avi");
        CardBytes.Put(other, "ring/000001.avi", new byte[] { 4, 5 });

        Assert.AreEqual(2, temp.Durable.Read("ring/000001.avi", 0, buffer, 0, 16), "the new file is read, not the old one");
        Assert.AreEqual(4, buffer[0]);
    }

    [TestMethod]
    public void Listings_AreNamesInOrdinalOrder()
    {
        using var temp = new TempCard();
        ICardFileSystem card = temp.Durable;
        card.CreateDirectory("ring");
        card.CreateDirectory("clips/000002");
        card.CreateDirectory("clips/000001");
        foreach (string name in new[] { "000010.avi", "000002.avi", "000001.avi" })
        {
            CardBytes.Put(card, "ring/" + name, new byte[] { 1 });
        }

        CollectionAssert.AreEqual(new[] { "000001.avi", "000002.avi", "000010.avi" }, card.ListFiles("ring"));
        CollectionAssert.AreEqual(new[] { "000001", "000002" }, card.ListDirectories("clips"));
        CollectionAssert.AreEqual(new[] { "clips", "ring" }, card.ListDirectories(""));
    }

    [TestMethod]
    public void CreateOverExistingFile_FailsWithAlreadyExists()
    {
        using var temp = new TempCard();
        CardBytes.Put(temp.Durable, "a.txt", new byte[] { 1 });
        var error = Assert.ThrowsExactly<CardException>(() => temp.Durable.Create("a.txt"));
        Assert.AreEqual(CardFault.AlreadyExists, error.Fault);
    }

    [TestMethod]
    public void MissingFiles_FailWithNotFound()
    {
        using var temp = new TempCard();
        Assert.AreEqual(CardFault.NotFound, Assert.ThrowsExactly<CardException>(() => temp.Durable.OpenAppend("none.txt")).Fault);
        Assert.AreEqual(CardFault.NotFound, Assert.ThrowsExactly<CardException>(() => temp.Durable.Delete("none.txt")).Fault);
        Assert.AreEqual(CardFault.NotFound, Assert.ThrowsExactly<CardException>(() => temp.Durable.Create("no/dir.txt")).Fault);
    }

    [TestMethod]
    public void PathsEscapingTheRoot_AreRefused()
    {
        using var temp = new TempCard();
        Assert.ThrowsExactly<CardException>(() => temp.Durable.FileExists("../etc/passwd"));
        Assert.ThrowsExactly<CardException>(() => temp.Durable.FileExists("/etc/passwd"));
        foreach (string path in new[] { "clips/../..", "clips/./x", ".", "..", "clips//x", "clips/" })
        {
            Assert.ThrowsExactly<CardException>(() => temp.Durable.FileExists(path), path);
        }

        Assert.IsFalse(temp.Durable.FileExists("clips/.x/a."), "dots inside names are names");
    }

    [TestMethod]
    public void RenameOntoExistingPath_FailsAndKeepsBoth()
    {
        using var temp = new TempCard();
        CardBytes.Put(temp.Durable, "a.txt", new byte[] { 1 });
        CardBytes.Put(temp.Durable, "b.txt", new byte[] { 2, 2 });
        Assert.AreEqual(CardFault.AlreadyExists, Assert.ThrowsExactly<CardException>(() => temp.Durable.Rename("a.txt", "b.txt")).Fault);
        Assert.AreEqual(1, temp.Durable.GetLength("a.txt"));
        Assert.AreEqual(2, temp.Durable.GetLength("b.txt"));
    }

    [TestMethod]
    public void RenamedDirectory_MovesWithItsFiles()
    {
        using var temp = new TempCard();
        temp.Durable.CreateDirectory("clips/000001");
        temp.Durable.CreateDirectory("trash");
        CardBytes.Put(temp.Durable, "clips/000001/manifest.txt", new byte[] { 1, 2, 3 });
        temp.Durable.Rename("clips/000001", "trash/000001");
        Assert.IsFalse(temp.Durable.DirectoryExists("clips/000001"));
        Assert.AreEqual(3, temp.Durable.GetLength("trash/000001/manifest.txt"));
    }
}
