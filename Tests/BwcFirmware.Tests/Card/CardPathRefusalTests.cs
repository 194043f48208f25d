using BwcFirmware.Drivers.Card;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Tests.Card;

/// <summary>Every card implementation refuses paths outside the card with the one check, before any file API.</summary>
[TestClass]
public sealed class CardPathRefusalTests
{
    private static readonly string[] s_outside = ["..", "../escaped.txt", "clips/../../escaped.txt", "/escaped.txt", "clips\\escaped.txt", "C:/escaped.txt", "a//b", "./escaped.txt", "a\0b"];

    public static IEnumerable<object[]> Cards =>
    [
        ["host folder"],
        ["fault-injecting"],
        ["accounted"],
    ];

    [TestMethod]
    [DynamicData(nameof(Cards))]
    public void PathOutsideTheCard_IsRefusedByEveryOperation_AndNothingIsWrittenOutside(string kind)
    {
        using var temp = new TempCard();
        ICardFileSystem card = Open(kind, temp);
        card.CreateDirectory("clips");
        using (ICardFile file = card.Create("clips/inside.txt"))
        {
            file.Write([1, 2, 3], 0, 3);
            file.Flush();
        }

        string outside = Path.GetDirectoryName(temp.Root)!;
        string[] before = Directory.GetFileSystemEntries(outside);
        foreach (string path in s_outside)
        {
            AssertRefused(path, () => card.FileExists(path));
            AssertRefused(path, () => card.DirectoryExists(path));
            AssertRefused(path, () => card.CreateDirectory(path));
            AssertRefused(path, () => card.ListFiles(path));
            AssertRefused(path, () => card.GetLength(path));
            AssertRefused(path, () => card.Create(path).Dispose());
            AssertRefused(path, () => card.OpenAppend(path).Dispose());
            AssertRefused(path, () => card.Read(path, 0, new byte[4], 0, 4));
            AssertRefused(path, () => card.Rename("clips/inside.txt", path));
            AssertRefused(path, () => card.Rename(path, "clips/moved.txt"));
            AssertRefused(path, () => card.Delete(path));
        }

        CollectionAssert.AreEquivalent(before, Directory.GetFileSystemEntries(outside), "nothing appeared beside the card");
        Assert.AreEqual(3L, card.GetLength("clips/inside.txt"), "the file inside stayed where it was");
    }

    [TestMethod]
    public void DevicePath_IsRefusedForEveryPathTheHostRefuses()
    {
        foreach (string path in s_outside)
        {
            AssertRefused(path, () => CardPath.ToDevice("D:\\", path));
        }
    }

    private static ICardFileSystem Open(string kind, TempCard temp) => kind switch
    {
        "host folder" => temp.Durable,
        "fault-injecting" => temp.Faulty(),
        "accounted" => new AccountedCardFileSystem(temp.Durable, CardSpace.Measure(temp.Durable, 1 << 20, 0, 512)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static void AssertRefused(string path, Action operation)
    {
        var refused = Assert.ThrowsExactly<CardException>(operation, path);
        Assert.AreEqual(CardFault.NotFound, refused.Fault, path);
        Assert.AreEqual(path, refused.Path);
    }
}
