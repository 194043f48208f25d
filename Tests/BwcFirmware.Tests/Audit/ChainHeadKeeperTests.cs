using System.Text;
using BwcFirmware.Shared.Agent;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Recording;
using BwcFirmware.DeviceTests.Fakes.Loop;

namespace BwcFirmware.Tests.Audit;

/// <summary>The head in the internal flash: its line, the two slots a torn write cannot spoil, and how often it is written.</summary>
[TestClass]
public sealed class ChainHeadKeeperTests
{
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    [TestMethod]
    public void TheLine_ReadsBack_AndAnythingElseIsNoHead()
    {
        ChainHead head = new ChainHead(42, Hash);

        Assert.AreEqual("seq=42 sha256=" + Hash + "\n", head.Format());
        ChainHead back = ChainHead.Parse(head.Format())!;
        Assert.AreEqual(42, back.Sequence);
        Assert.AreEqual(Hash, back.Sha256);
        Assert.IsNull(ChainHead.Parse(head.Format()[..^5]), "a torn write");
        Assert.IsNull(ChainHead.Parse(""));
        Assert.IsNull(ChainHead.Parse("seq=0 sha256=" + Hash + "\n"));
        Assert.IsNull(ChainHead.Parse("seq=4 sha256=" + Hash.ToUpperInvariant() + "\n"));
    }

    [TestMethod]
    public void Writes_AlternateSlots_SoATornWriteLeavesThePreviousHead()
    {
        var store = new CountingStore();
        var log = new AuditLog(new MemoryCard(), new Sha256(), new Shared.Time.UtcClock(), new AuditLogSettings());
        log.Open(0);
        var keeper = new ChainHeadKeeper(store, log);
        log.Append(1, AuditEvents.PowerOn, "x");
        Assert.IsTrue(keeper.Save());
        Assert.IsFalse(keeper.Save(), "the same head is never written twice");
        log.Append(2, AuditEvents.Input, "y");
        Assert.IsTrue(keeper.Save());

        CollectionAssert.AreEqual(new[] { 0, 1 }, store.Slots);
        Assert.AreEqual(2, ChainHeadKeeper.Load(store)!.Sequence);

        // A cut while the next head goes into slot 0 tears it: slot 1 still holds record 2.
        store.Tear(0);
        Assert.AreEqual(2, ChainHeadKeeper.Load(store)!.Sequence);
        Assert.AreEqual(log.HeadHash, ChainHeadKeeper.Load(store)!.Sha256);
    }

    [TestMethod]
    public void AShift_WritesTheFlashTwicePerClip_OnceAtTheDock_AndOnceAtPowerOff()
    {
        var store = new CountingStore();
        var agent = new DeviceAgent(new AgentParts { Card = new MemoryCard(), Frames = new FakeFrames(), Sha256 = new Sha256(), ChainHeadStore = store });
        agent.Boot(0);
        long t = 0;
        void Post(InputKind kind)
        {
            t += 5_000;
            agent.Inputs.TryPost(kind, t, 0);
            agent.Step(t);
        }

        Post(InputKind.CardInserted);
        Post(InputKind.BatteryNormal);
        for (int clip = 0; clip < 3; clip++)
        {
            Post(InputKind.RecordDoublePress);
            Post(InputKind.RecordPress);
            Post(InputKind.FunctionHold);
            Post(InputKind.RecordHold);
        }

        Post(InputKind.Docked);
        agent.PowerOff(t + 1_000);

        Assert.AreEqual((2 * 3) + 1 + 1, store.Slots.Count, "2 per clip, 1 at the dock, 1 at power-off");
        Assert.AreEqual(store.Slots.Count, agent.ChainHead!.WriteCount);
        ChainHead kept = ChainHeadKeeper.Load(store)!;
        Assert.AreEqual(agent.Audit.LastSequence, kept.Sequence, "the last write holds the log's last record");
        Assert.AreEqual(agent.Audit.HeadHash, kept.Sha256);
    }

    private sealed class CountingStore : IChainHeadStore
    {
        private readonly byte[]?[] _slots = new byte[]?[2];

        public List<int> Slots { get; } = new();

        public byte[]? Read(int slot) => _slots[slot];

        public void Write(int slot, byte[] bytes)
        {
            _slots[slot] = (byte[])bytes.Clone();
            Slots.Add(slot);
        }

        public void Tear(int slot) => _slots[slot] = Encoding.ASCII.GetBytes("seq=9");
    }
}
