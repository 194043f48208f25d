using System.Text.Json;
using BwcFirmware.Drivers.Host.Http;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.CardStore;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Sync;
using BwcFirmware.Shared.Time;
using BwcFirmware.Tests.Media;

namespace BwcFirmware.Tests.Sync;

/// <summary>Real clips from the media pipeline, through the card store's catalog, to the reference station.</summary>
[TestClass]
public sealed class MediaClipSyncTests
{
    private const string Token = "media-sync-token";

    [TestMethod]
    public void RecordedClips_ReachTheStationByteForByte_ThenCarryTheCardStoresSyncedMarker()
    {
        using var media = new MediaRig(new MediaSettings());
        media.Pipeline.StartClip(0, "record.press");
        media.Run(0, 12_000);
        media.Pipeline.StopClip(12_050, "record.press");
        media.Pipeline.StartClip(20_000, "record.press");
        media.Run(20_000, 21_000);
        media.Pipeline.Marker(21_050, "officer");
        media.Run(21_000, 23_000);
        media.Pipeline.StopClip(23_050, "record.press");
        media.Run(23_000, 24_000);
        ICardFileSystem card = media.Accounted;
        var catalog = new CardStoreSyncCatalog(card, new Sha256(), new byte[4096]);
        int[] clips = catalog.PendingClips();
        Assert.AreEqual(2, clips.Length, "two closed clips on the card");
        Dictionary<string, byte[]> onCard = clips.SelectMany(catalog.ClipFiles).ToDictionary(f => f.Path, f => CardBytes(card, f.Path));
        Assert.IsTrue(onCard.Keys.Count(k => k.EndsWith(".avi", StringComparison.Ordinal)) >= 2);

        using ReferenceStation station = ReferenceStation.Start(Token);
        using var transport = new HostHttpTransport(card, new HostHttpSettings { BearerToken = Token });
        var audit = new ListAudit();
        var agent = new SyncAgent(new SyncSettings("cam-7") { MarkedClipsFirst = true }, new TusClient(transport, station.Url), card, catalog, new Sha256(), audit, new StationTime(new UtcClock(), audit));
        agent.SetConditions(docked: true, recording: false, networkUp: true);
        long now = 30_000;
        for (int i = 0; i < 500 && agent.Status != SyncStatus.UpToDate; i++)
        {
            now = Math.Max(now + 10, agent.NextAttemptMs);
            agent.Step(now);
        }

        Assert.AreEqual(SyncStatus.UpToDate, agent.Status, agent.LastFault);
        var stored = new Dictionary<string, byte[]>();
        foreach (string json in Directory.GetFiles(station.UploadsFolder, "*.json"))
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(json));
            stored.Add(doc.RootElement.GetProperty("metadata").GetProperty("filename").GetString()!, File.ReadAllBytes(json[..^5]));
        }

        CollectionAssert.AreEquivalent(onCard.Keys.ToArray(), stored.Keys.ToArray());
        foreach ((string path, byte[] bytes) in onCard)
        {
            CollectionAssert.AreEqual(bytes, stored[path], path);
        }

        var buffer = new byte[4096];
        foreach (int clip in clips)
        {
            Assert.IsTrue(ClipSyncMarker.IsSynced(card, clip, new Sha256(), buffer), "clip " + clip + " marked synced");
        }

        Assert.AreEqual(0, catalog.PendingClips().Length);
        StringAssert.Contains(audit.Of("confirmed").First(r => r.Contains("clip=", StringComparison.Ordinal)), "clip=" + CardLayout.Sequence(clips[1]), "the newer clip, with a marker, went first");
    }

    private static byte[] CardBytes(ICardFileSystem card, string path)
    {
        var bytes = new byte[card.GetLength(path)];
        int done = 0;
        while (done < bytes.Length)
        {
            int read = card.Read(path, done, bytes, done, bytes.Length - done);
            Assert.IsTrue(read > 0);
            done += read;
        }

        return bytes;
    }
}
