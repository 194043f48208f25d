using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Sync;

namespace BwcFirmware.Tests.Sync;

/// <summary>The sync agent's policy against an in-memory tus station: what goes up, in which order, and what may be freed.</summary>
[TestClass]
public sealed class SyncAgentTests
{
    private const int Piece = 64 * 1024;

    [TestMethod]
    public void Docked_UploadsChunksThenManifest_ThenMarksTheClipSyncedAndAudits()
    {
        using var rig = new SyncRig();
        Dictionary<string, byte[]> clip = rig.Catalog.AddClip(7, new[] { 150_000, 90_000 });

        rig.RunPass();

        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status, rig.Agent.LastFault);
        CollectionAssert.AreEqual(new[] { 7 }, rig.Catalog.SyncedClips);
        foreach ((string path, byte[] bytes) in clip)
        {
            FakeStation.Upload? held = rig.Station.Holding(path);
            Assert.IsNotNull(held, path);
            CollectionAssert.AreEqual(bytes, held.Bytes.ToArray(), path);
        }

        string[] order = rig.Station.Uploads.Values.Select(u => u.Metadata["filename"]).ToArray();
        CollectionAssert.AreEqual(new[] { "clips/000007/000001.avi", "clips/000007/000002.avi", "clips/000007/manifest.txt" }, order);
        Assert.AreEqual(3, rig.Audit.Of("confirmed").Count(r => r.StartsWith("confirmed file=", StringComparison.Ordinal)));
        Assert.AreEqual(3, rig.Audit.Of("uploaded").Count());
        string manifestHash = TestSha256.HexOf(clip["clips/000007/manifest.txt"]);
        Assert.AreEqual("confirmed clip=000007 files=3 manifest-sha256=" + manifestHash, rig.Audit.Of("confirmed").Last());
        Assert.AreEqual(manifestHash, rig.Catalog.ManifestHashes[7], "the marker names the manifest the station confirmed");
        Assert.AreEqual("freed clip=000007 bytes=" + clip.Values.Sum(b => b.Length), rig.Audit.Of("freed").Single());
        Assert.AreEqual(0, rig.Card.ListFiles(CardLayout.SyncDirectory).Length, "journal records go once the clip is synced");
    }

    [TestMethod]
    public void Metadata_CarriesNameKindDeviceClipSequenceAndTheManifestHash()
    {
        using var rig = new SyncRig();
        Dictionary<string, byte[]> clip = rig.Catalog.AddClip(3, new[] { 1000 });

        rig.RunPass();

        FakeStation.Upload chunk = rig.Station.Holding("clips/000003/000001.avi")!;
        Assert.AreEqual("chunk", chunk.Metadata["kind"]);
        Assert.AreEqual("cam-0042", chunk.Metadata["device"]);
        Assert.AreEqual("000003", chunk.Metadata["clip"]);
        Assert.AreEqual("000001", chunk.Metadata["sequence"]);
        Assert.AreEqual(TestSha256.HexOf(clip["clips/000003/000001.avi"]), chunk.Metadata["sha256"]);
        FakeStation.Upload manifest = rig.Station.Holding("clips/000003/manifest.txt")!;
        Assert.AreEqual("manifest", manifest.Metadata["kind"]);
        Assert.AreEqual(string.Empty, manifest.Metadata["sequence"], "an empty value travels as the key alone");
        Assert.AreEqual(TestSha256.HexOf(clip["clips/000003/manifest.txt"]), manifest.Metadata["sha256"]);
    }

    [TestMethod]
    public void ChunkHashFromTheManifest_IsUsedWithoutReadingTheChunkToHashIt()
    {
        using var rig = new SyncRig();
        rig.Catalog.AddClip(1, new[] { 200_000 });

        rig.RunPass();

        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status);
        long manifestLength = rig.Station.Holding("clips/000001/manifest.txt")!.Length;
        Assert.AreEqual(manifestLength, rig.Sha256.AppendedBytes, "only the manifest was hashed on the device");
    }

    [TestMethod]
    public void OldestClipFirst_AndMarkedClipsFirstWhenConfigured()
    {
        using var plain = new SyncRig();
        plain.Catalog.AddClip(2, new[] { 100 });
        plain.Catalog.AddClip(1, new[] { 100 });
        plain.Catalog.AddClip(3, new[] { 100 }, marker: true);
        plain.RunPass();
        CollectionAssert.AreEqual(new[] { 1, 2, 3 }, plain.Catalog.SyncedClips);

        using var marked = new SyncRig(markedFirst: true);
        marked.Catalog.AddClip(2, new[] { 100 });
        marked.Catalog.AddClip(1, new[] { 100 });
        marked.Catalog.AddClip(3, new[] { 100 }, marker: true);
        marked.RunPass();
        CollectionAssert.AreEqual(new[] { 3, 1, 2 }, marked.Catalog.SyncedClips);
    }

    [TestMethod]
    public void AuditSegments_GoUpAfterClipsAndAreMarkedSynced()
    {
        using var rig = new SyncRig();
        rig.Catalog.AddClip(1, new[] { 100 });
        byte[] segment = rig.Catalog.AddAuditSegment(4, 3000);

        rig.RunPass();

        CollectionAssert.AreEqual(new[] { 4 }, rig.Catalog.SyncedSegments);
        FakeStation.Upload held = rig.Station.Holding("audit/000004.log")!;
        Assert.AreEqual("audit", held.Metadata["kind"]);
        Assert.AreEqual(string.Empty, held.Metadata["clip"]);
        CollectionAssert.AreEqual(segment, held.Bytes.ToArray());
        Assert.AreEqual("clips/000001/000001.avi", rig.Station.Uploads.Values.First().Metadata["filename"]);
    }

    [TestMethod]
    public void EmptyFile_IsCreatedAndConfirmedWithoutAPatch()
    {
        using var rig = new SyncRig();
        rig.Catalog.AddAuditSegment(1, 0);

        rig.RunPass();

        CollectionAssert.AreEqual(new[] { 1 }, rig.Catalog.SyncedSegments);
        Assert.IsFalse(rig.Station.Log.Any(l => l.StartsWith("PATCH", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void NotDockedOrRecordingOrNoNetwork_SendsNothing()
    {
        using var rig = new SyncRig();
        rig.Catalog.AddClip(1, new[] { 100 });

        rig.Agent.SetConditions(docked: false, recording: false, networkUp: true);
        rig.Step();
        Assert.AreEqual(SyncStatus.NotDocked, rig.Agent.Status);
        rig.Agent.SetConditions(docked: true, recording: true, networkUp: true);
        rig.Step();
        Assert.AreEqual(SyncStatus.Paused, rig.Agent.Status);
        rig.Agent.SetConditions(docked: true, recording: false, networkUp: false);
        rig.Step();
        Assert.AreEqual(SyncStatus.Paused, rig.Agent.Status);

        Assert.AreEqual(0, rig.Station.Requests);
    }

    [TestMethod]
    public void EachStep_SendsAtMostOneRequest()
    {
        using var rig = new SyncRig();
        rig.Catalog.AddClip(1, new[] { 300_000, 10 });

        int steps = rig.RunPass();

        Assert.IsTrue(rig.Station.Requests <= steps, rig.Station.Requests + " requests in " + steps + " steps");
        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status);
    }

    [TestMethod]
    public void StationDate_SetsTheDeviceClock()
    {
        using var rig = new SyncRig();
        rig.Catalog.AddClip(1, new[] { 100 });

        rig.Step();

        Assert.IsTrue(rig.Clock.TryGetUtc(rig.Now, out DateTime utc));
        Assert.AreEqual(new DateTime(2026, 11, 26, 4, 5, 6, DateTimeKind.Utc), utc);
        StringAssert.Contains(rig.Audit.Of("clock-set").Single(), "source=http-date");
    }

    [TestMethod]
    public void TransportWithoutPatch_SendsPostWithMethodOverride()
    {
        using var rig = new SyncRig();
        rig.Station.CanSendPatch = false;
        rig.Catalog.AddClip(1, new[] { 100_000 });

        rig.RunPass();

        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status);
        Assert.IsTrue(rig.Station.Log.Any(l => l.StartsWith("POST(PATCH)", StringComparison.Ordinal)));
        Assert.IsFalse(rig.Station.Log.Any(l => l.StartsWith("PATCH", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void PieceSize_IsConfigurable()
    {
        using var rig = new SyncRig(pieceBytes: 32 * 1024);
        rig.Catalog.AddClip(1, new[] { 100 * 1024 });

        rig.RunPass();

        Assert.AreEqual(4, rig.Station.Log.Count(l => l.StartsWith("PATCH", StringComparison.Ordinal) && l.Contains("/u1", StringComparison.Ordinal)));
    }
}
