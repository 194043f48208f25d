using BwcFirmware.Drivers.Host.Http;
using BwcFirmware.Shared.Sync;

namespace BwcFirmware.Tests.Sync;

/// <summary>A station whose disk is full refuses clearly (507); the camera reports it, keeps every file and tries again later.</summary>
[TestClass]
public sealed class StationFullTests
{
    private const string Token = "station-full-token";

    [TestMethod]
    public void FullStation_RefusesWith507_CameraReportsStationFull_KeepsEveryFile_AndDeliversOnceThereIsRoom()
    {
        using ReferenceStation station = ReferenceStation.Start(Token, "--max-storage", "300000");
        using var rig = new SyncRig(pieceBytes: 64 * 1024, transport: card => new HostHttpTransport(card, new HostHttpSettings { BearerToken = Token }), url: station.Url);
        Dictionary<string, byte[]> clip = rig.Catalog.AddClip(1, new[] { 200_000, 200_000 });

        rig.StepUntil(() => rig.Agent.Status == SyncStatus.StationFull);
        StringAssert.Contains(rig.Agent.LastFault, "507");
        Assert.IsTrue(rig.Audit.Of("sync-failed").Any(r => r.Contains("reason=station-full", StringComparison.Ordinal)), string.Join("\n", rig.Audit.Records));

        // It comes back after its backoff, and is refused again while the station has no room.
        long firstRetry = rig.Agent.NextAttemptMs;
        rig.StepUntil(() => station.Output.Count(l => l.StartsWith("refused ", StringComparison.Ordinal)) >= 2);
        Assert.AreEqual(SyncStatus.StationFull, rig.Agent.Status);
        Assert.IsTrue(rig.Agent.NextAttemptMs > firstRetry, "waits again before the next try");
        AssertCardIntact(rig, clip);
        Assert.AreEqual(0, rig.Catalog.SyncedClips.Count, "nothing counts as delivered");

        // The station gets room (an operator archived its files): the next attempt delivers the clip.
        station.Restart("--max-storage", "10000000");
        rig.RunPass();
        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status, rig.Agent.LastFault);
        CollectionAssert.AreEqual(new[] { 1 }, rig.Catalog.SyncedClips, "freed only now, once confirmed");
    }

    private static void AssertCardIntact(SyncRig rig, Dictionary<string, byte[]> clip)
    {
        foreach ((string path, byte[] bytes) in clip)
        {
            Assert.IsTrue(rig.Card.FileExists(path), "still on the card: " + path);
            Assert.AreEqual(bytes.Length, rig.Card.GetLength(path), path);
        }
    }
}
