using BwcFirmware.Drivers.Card;
using BwcFirmware.Shared.Agent;
using BwcFirmware.Shared.Card;
using BwcFirmware.Tests.Card;
using BwcFirmware.Tests.Media;
using BwcFirmware.Tests.Sync;

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

        // As the device composes it today: the FAT adapter counts in its ledger, the agent gets its free bytes as capacity.
        var card = new LedgerCard(temp.Durable, 1024 * MiB, 32768, 4 * MiB);
        var agent = new DeviceAgent(new AgentParts
        {
            Card = card,
            Frames = new TestFrames(15),
            Sha256 = new TestSha256(),
            Settings = new AgentSettings { CardCapacityBytes = card.GetFreeBytes() },
        });
        agent.Boot(0);

        long available = agent.Space.AvailableBytes / MiB;
        Assert.IsTrue(available >= 615 && available <= 620, $"{available} MiB available");
    }

    private sealed class LedgerCard : ICardFileSystem
    {
        private readonly ICardFileSystem _card;
        private readonly CardSpaceLedger _ledger;

        public LedgerCard(ICardFileSystem card, long totalBytes, long clusterBytes, long reserveBytes)
        {
            _card = card;
            _ledger = new CardSpaceLedger(totalBytes, clusterBytes, reserveBytes);
            Count(string.Empty);
        }

        public bool FileExists(string path) => _card.FileExists(path);
        public bool DirectoryExists(string path) => _card.DirectoryExists(path);
        public void CreateDirectory(string path) => _card.CreateDirectory(path);
        public string[] ListFiles(string directory) => _card.ListFiles(directory);
        public string[] ListDirectories(string directory) => _card.ListDirectories(directory);
        public long GetLength(string path) => _card.GetLength(path);
        public ICardFile Create(string path) => _card.Create(path);
        public ICardFile OpenAppend(string path) => _card.OpenAppend(path);
        public int Read(string path, long position, byte[] buffer, int offset, int count) => _card.Read(path, position, buffer, offset, count);
        public void Rename(string fromPath, string toPath) => _card.Rename(fromPath, toPath);
        public void Delete(string path) => _card.Delete(path);
        public long GetFreeBytes() => _ledger.FreeBytes;

        private void Count(string directory)
        {
            string prefix = directory.Length == 0 ? string.Empty : directory + "/";
            foreach (string file in _card.ListFiles(directory))
            {
                _ledger.Grew(0, _card.GetLength(prefix + file));
            }

            foreach (string sub in _card.ListDirectories(directory))
            {
                Count(prefix + sub);
            }
        }
    }
}
