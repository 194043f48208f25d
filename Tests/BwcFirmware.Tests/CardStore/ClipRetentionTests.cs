using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.CardStore;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Tests.Card;

namespace BwcFirmware.Tests.CardStore;

[TestClass]
public sealed class ClipRetentionTests
{
    private const int Cluster = 1024;

    [TestMethod]
    public void CardFullOfUnsyncedClips_DeletesNothing()
    {
        using var temp = new TempCard();
        var (card, space) = Accounted(temp, capacityClusters: 40);
        for (int clip = 1; clip <= 3; clip++)
        {
            WriteClip(card, clip, closed: true);
        }

        var retention = new ClipRetention(card, space, new Sha256(), new byte[512], null);
        Assert.IsFalse(retention.MakeRoom(space.CapacityBytes, 0, 0));

        Assert.AreEqual(3, card.ListDirectories(CardLayout.ClipsDirectory).Length);
        Assert.AreEqual(0, retention.ClipsDeleted);
    }

    [TestMethod]
    public void SyncedClips_GoOldestFirst_OnlyAsFarAsNeeded()
    {
        using var temp = new TempCard();
        var (card, space) = Accounted(temp, capacityClusters: 40);
        for (int clip = 1; clip <= 4; clip++)
        {
            WriteClip(card, clip, closed: true);
        }

        MarkSynced(card, 1);
        MarkSynced(card, 3);
        MarkSynced(card, 4);
        var retention = new ClipRetention(card, space, new Sha256(), new byte[512], null);

        // One byte more than is free: deleting the oldest synced clip (1) is enough; 2 is unsynced, 3 and 4 stay.
        Assert.IsTrue(retention.MakeRoom(space.AvailableBytes + 1, 0, 0));

        CollectionAssert.AreEqual(new[] { "000002", "000003", "000004" }, card.ListDirectories(CardLayout.ClipsDirectory));
        Assert.AreEqual(0, card.ListDirectories(CardLayout.TrashDirectory).Length, "the trash is emptied");
    }

    [TestMethod]
    public void MarkerFromAnOlderManifest_DoesNotCount()
    {
        using var temp = new TempCard();
        var (card, space) = Accounted(temp, capacityClusters: 40);
        WriteClip(card, 1, closed: false);
        MarkSynced(card, 1);
        var writer = new ClipManifestWriter();
        writer.OpenAppend(card, CardLayout.ClipManifest(1));
        writer.WriteStop(99, "record.press");
        writer.Close();

        var retention = new ClipRetention(card, space, new Sha256(), new byte[512], null);
        Assert.IsFalse(retention.IsDeletable(1));
        Assert.IsFalse(retention.MakeRoom(space.CapacityBytes, 0, 0));
        Assert.IsTrue(card.DirectoryExists(CardLayout.ClipDirectory(1)));
    }

    [TestMethod]
    public void ClipBeingRecorded_IsNeverDeletedEvenWhenMarked()
    {
        using var temp = new TempCard();
        var (card, space) = Accounted(temp, capacityClusters: 40);
        WriteClip(card, 1, closed: true);
        MarkSynced(card, 1);

        var retention = new ClipRetention(card, space, new Sha256(), new byte[512], null);
        Assert.IsFalse(retention.MakeRoom(space.CapacityBytes, openClipSequence: 1, nowMs: 0));
        Assert.IsTrue(card.DirectoryExists(CardLayout.ClipDirectory(1)));
    }

    [TestMethod]
    public void UnclosedClip_IsNotDeletableEvenWithAMatchingMarker()
    {
        using var temp = new TempCard();
        var (card, space) = Accounted(temp, capacityClusters: 40);
        WriteClip(card, 1, closed: false);
        MarkSynced(card, 1);
        var retention = new ClipRetention(card, space, new Sha256(), new byte[512], null);
        Assert.IsFalse(retention.IsDeletable(1));
    }

    [TestMethod]
    public void TrashLeftByACut_IsEmptied()
    {
        using var temp = new TempCard();
        var (card, space) = Accounted(temp, capacityClusters: 40);
        card.CreateDirectory("trash/000005");
        CardBytes.Put(card, "trash/000005/000001.avi", new byte[100]);
        var retention = new ClipRetention(card, space, new Sha256(), new byte[512], null);

        Assert.AreEqual(1, retention.EmptyTrash(0));
        Assert.AreEqual(0, card.ListDirectories("trash").Length);
    }

    private static (AccountedCardFileSystem Card, CardSpace Space) Accounted(TempCard temp, int capacityClusters)
    {
        var space = new CardSpace(capacityClusters * (long)Cluster, 0, 0, Cluster);
        return (new AccountedCardFileSystem(temp.Durable, space), space);
    }

    private static void WriteClip(ICardFileSystem card, int clip, bool closed)
    {
        card.CreateDirectory(CardLayout.ClipDirectory(clip));
        byte[] chunk = CardBytes.Pattern(900, clip);
        CardBytes.Put(card, CardLayout.ClipChunk(clip, 1), chunk);
        var writer = new ClipManifestWriter();
        writer.Create(card, CardLayout.ClipManifest(clip));
        writer.WriteStart(clip, "BWC-1", "4711", ManifestFormat.UnknownUtc, 1000, "record.press", 0);
        writer.WriteChunk(new ChunkRecord { Name = "000001.avi", Bytes = chunk.Length, Frames = 1, FirstFrameMs = 1000, LastFrameMs = 1000, Sha256 = System.Security.Cryptography.SHA256.HashData(chunk) });
        if (closed)
        {
            writer.WriteStop(2000, "record.press");
        }

        writer.Close();
    }

    private static void MarkSynced(ICardFileSystem card, int clip)
    {
        byte[] manifest = CardBytes.ReadAll(card, CardLayout.ClipManifest(clip));
        ClipSyncMarker.MarkSynced(card, clip, System.Security.Cryptography.SHA256.HashData(manifest));
    }
}
