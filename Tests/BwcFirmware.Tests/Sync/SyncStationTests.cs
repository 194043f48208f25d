using System.Text.Json;
using BwcFirmware.Drivers.Host.Http;
using BwcFirmware.Shared.Sync;

namespace BwcFirmware.Tests.Sync;

/// <summary>
/// The sync agent, the host transport and the real reference station together: bytes and hashes compared on
/// the station's disk; the station killed and restarted, and connections cut mid-PATCH, with the resume checked.
/// </summary>
[TestClass]
public sealed class SyncStationTests
{
    private const string Token = "sync-station-token";
    private const int Piece = 64 * 1024;

    private static Func<FolderCard, IHttpTransport> Host() => card => new HostHttpTransport(card, new HostHttpSettings { BearerToken = Token });

    /// <summary>Stored bytes by the card path the upload's metadata names, for finished uploads.</summary>
    private static Dictionary<string, List<byte[]>> StoredByFilename(ReferenceStation station)
    {
        var result = new Dictionary<string, List<byte[]>>();
        foreach (string json in Directory.GetFiles(station.UploadsFolder, "*.json"))
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(json));
            string filename = doc.RootElement.GetProperty("metadata").GetProperty("filename").GetString()!;
            string data = json.Substring(0, json.Length - ".json".Length);
            if (!result.TryGetValue(filename, out List<byte[]>? list))
            {
                result[filename] = list = new List<byte[]>();
            }

            list.Add(File.ReadAllBytes(data));
        }

        return result;
    }

    private static void AssertStationHoldsExactlyOnce(ReferenceStation station, Dictionary<string, byte[]> files)
    {
        Dictionary<string, List<byte[]>> stored = StoredByFilename(station);
        foreach ((string path, byte[] bytes) in files)
        {
            Assert.IsTrue(stored.ContainsKey(path), "missing on the station: " + path);
            Assert.AreEqual(1, stored[path].Count, "uploads of " + path);
            CollectionAssert.AreEqual(bytes, stored[path][0], path);
            Assert.IsTrue(station.Output.Any(l => l.StartsWith("confirmed ", StringComparison.Ordinal) && l.EndsWith(TestSha256.HexOf(bytes), StringComparison.Ordinal)), "station confirmed " + path);
        }
    }

    [TestMethod]
    public void ClipsAndAudit_ReachTheStationByteForByte_ConfirmedAndMarkedSynced()
    {
        using ReferenceStation station = ReferenceStation.Start(Token);
        using var rig = new SyncRig(pieceBytes: Piece, transport: Host(), url: station.Url);
        var files = new Dictionary<string, byte[]>();
        foreach (var pair in rig.Catalog.AddClip(1, new[] { 300_000, 5_000 }))
        {
            files[pair.Key] = pair.Value;
        }

        foreach (var pair in rig.Catalog.AddClip(2, new[] { 70_000 }, marker: true))
        {
            files[pair.Key] = pair.Value;
        }

        files["audit/000001.log"] = rig.Catalog.AddAuditSegment(1, 2_000);
        Dictionary<string, byte[]> before = files.ToDictionary(p => p.Key, p => p.Value);

        rig.RunPass();

        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status, rig.Agent.LastFault);
        CollectionAssert.AreEqual(new[] { 1, 2 }, rig.Catalog.SyncedClips);
        CollectionAssert.AreEqual(new[] { 1 }, rig.Catalog.SyncedSegments);
        AssertStationHoldsExactlyOnce(station, before);
        Assert.IsTrue(rig.Clock.TryGetUtc(rig.Now, out DateTime utc));
        Assert.IsTrue(Math.Abs((utc - DateTime.UtcNow).TotalMinutes) < 5, "the station's clock reached the device");
    }

    [TestMethod]
    public void PlainTusServer_ReceivesEverything_NothingIsMarkedSynced()
    {
        using ReferenceStation station = ReferenceStation.Start(Token, "--no-confirm");
        using var rig = new SyncRig(pieceBytes: Piece, transport: Host(), url: station.Url);
        Dictionary<string, byte[]> clip = rig.Catalog.AddClip(1, new[] { 100_000 });

        rig.RunPass();

        Assert.AreEqual(SyncStatus.NotConfirmed, rig.Agent.Status);
        Assert.AreEqual(0, rig.Catalog.SyncedClips.Count);
        Dictionary<string, List<byte[]>> stored = StoredByFilename(station);
        foreach ((string path, byte[] bytes) in clip)
        {
            CollectionAssert.AreEqual(bytes, stored[path].Single(), path);
        }
    }

    [TestMethod]
    public void StationKilledMidFile_ThenRestarted_ResumesWhereItsDiskStands_NoDuplicate()
    {
        using ReferenceStation station = ReferenceStation.Start(Token);
        using var rig = new SyncRig(pieceBytes: Piece, transport: Host(), url: station.Url);
        Dictionary<string, byte[]> clip = rig.Catalog.AddClip(1, new[] { 600_000 });
        rig.StepUntil(() => rig.Agent.CurrentOffset >= 4 * Piece);

        station.Kill();
        long held = station.StoredUploads().Values.Single().Length;
        Assert.IsTrue(held >= 4 * Piece);
        rig.StepUntil(() => rig.Agent.Status == SyncStatus.Retrying);
        rig.Step();
        station.Restart();
        rig.RunPass();

        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status, rig.Agent.LastFault);
        long payload = clip.Values.Sum(b => (long)b.Length);
        Assert.AreEqual(payload, ((HostHttpTransport)rig.Transport).BodyBytesSent, "the bytes the station kept were not sent again");
        AssertStationHoldsExactlyOnce(station, clip);
    }

    [TestMethod]
    public void ConnectionCutMidPatch_ResumesFromTheStationsOffset_ResendingLessThanOnePiece()
    {
        using ReferenceStation station = ReferenceStation.Start(Token);
        using var proxy = new CuttingProxy(station.Port);
        string url = "http://127.0.0.1:" + proxy.Port + "/files/";
        using var rig = new SyncRig(pieceBytes: Piece, transport: Host(), url: url);
        Dictionary<string, byte[]> clip = rig.Catalog.AddClip(1, new[] { 500_000 });
        rig.StepUntil(() => rig.Agent.CurrentOffset >= 2 * Piece);

        proxy.CutAfter(Piece / 2);
        rig.StepUntil(() => proxy.Cuts == 1);
        rig.RunPass();

        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status, rig.Agent.LastFault);
        AssertStationHoldsExactlyOnce(station, clip);
        long payload = clip.Values.Sum(b => (long)b.Length);
        long overhead = proxy.UpstreamBytes - payload;
        Assert.IsTrue(overhead < Piece, "bytes beyond the payload (headers and re-sent body): " + overhead);
    }

    [TestMethod]
    public void TransportWithoutPatch_DeliversThroughMethodOverride()
    {
        using ReferenceStation station = ReferenceStation.Start(Token);
        using var rig = new SyncRig(pieceBytes: Piece, transport: card => new HostHttpTransport(card, new HostHttpSettings { BearerToken = Token, CanSendPatch = false }), url: station.Url);
        Dictionary<string, byte[]> clip = rig.Catalog.AddClip(1, new[] { 150_000 });

        rig.RunPass();

        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status, rig.Agent.LastFault);
        AssertStationHoldsExactlyOnce(station, clip);
    }
}
