using BwcFirmware.Shared.Card;
using BwcFirmware.Tests.Card;
using BwcFirmware.DeviceTests.Fakes.Loop;

namespace BwcFirmware.Tests.Loop;

[TestClass]
public sealed class CardSpaceAccountTests
{
    private const long MiB = 1024 * 1024;

    [TestMethod]
    public void OneGibCardWith400MibUsedAtBoot_HasAbout620MibAvailable()
    {
        using var temp = new TempCard();
        Directory.CreateDirectory(Path.Combine(temp.Root, "archive"));
        using (FileStream old = File.Create(Path.Combine(temp.Root, "archive", "old.bin")))
        {
            old.SetLength(400 * MiB);
        }

        // As on the device: FAT cannot tell its free space, the slot gives the card's size less the FAT reserve.
        var rig = new LoopRig(new FreeSpaceUnknownCard(temp.Durable), null, 1024 * MiB - 4 * MiB);
        rig.RunFor(100);

        long available = rig.Agent.Space.AvailableBytes / MiB;
        Assert.IsTrue(available >= 615 && available <= 620, $"{available} MiB available");
        StringAssert.Contains(rig.Log.Text, $"card mounted, {available} MiB free");
    }

    /// <summary>A card whose file system keeps no free-space figure, as FAT on nanoFramework.</summary>
    private sealed class FreeSpaceUnknownCard(ICardFileSystem card) : ICardFileSystem
    {
        public bool FileExists(string path) => card.FileExists(path);
        public bool DirectoryExists(string path) => card.DirectoryExists(path);
        public void CreateDirectory(string path) => card.CreateDirectory(path);
        public string[] ListFiles(string directory) => card.ListFiles(directory);
        public string[] ListDirectories(string directory) => card.ListDirectories(directory);
        public long GetLength(string path) => card.GetLength(path);
        public ICardFile Create(string path) => card.Create(path);
        public ICardFile OpenAppend(string path) => card.OpenAppend(path);
        public int Read(string path, long position, byte[] buffer, int offset, int count) => card.Read(path, position, buffer, offset, count);
        public void Rename(string fromPath, string toPath) => card.Rename(fromPath, toPath);
        public void Delete(string path) => card.Delete(path);
        public long GetFreeBytes() => -1;
    }
}
