using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.CardStore;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Tests.Card;

namespace BwcFirmware.Tests.Media;

[TestClass]
public sealed class CardFullTests
{
    [TestMethod]
    [DataRow(MediaEngineKind.Managed)]
    [DataRow(MediaEngineKind.Native)]
    public void CardFillingWhileRecording_ClosesTheClipCleanlyFromTheReserve_AndReportsCardFull(MediaEngineKind engine)
    {
        using var rig = new MediaRig(new MediaSettings(), capacityBytes: 900_000, engine: engine);
        rig.Pipeline.StartClip(0, "record.press");
        long t = 0;
        while (!rig.Pipeline.IsCardFull && t < 600_000)
        {
            t += 100;
            rig.Pipeline.Pump(t);
        }

        Assert.IsTrue(rig.Pipeline.IsCardFull, "the card filled up");
        Assert.AreEqual(1, rig.Events.CardFullAt.Count);
        Assert.AreEqual(0, rig.Events.Faults.Count, "the card itself never refused a write: the account stopped first");
        Assert.AreEqual(ManifestFormat.CardFullCause, rig.Events.Clips.Single().Cause);
        Assert.IsTrue(rig.Space.UsedBytes <= rig.Space.CapacityBytes);
        int clip = rig.Pipeline.ClipSequence;
        Assert.AreEqual(0, new ClipVerifier(rig.Card, new Sha256(), new byte[4096]).Verify(CardLayout.ClipDirectory(clip), true).Count);
        var ids = CardClips.ChunkPaths(rig.Card, clip).SelectMany(p => CardClips.Read(rig.Card, p).Frames).Select(TestFrames.IndexOf).ToList();
        CollectionAssert.AreEqual(Enumerable.Range(1, ids.Count).ToList(), ids, "every frame up to the close, none after");
        Assert.IsTrue(ids.Count > 150, "recorded for a while first");

        rig.Pipeline.Pump(t + 5_000);
        Assert.AreEqual(ids.Count, CardClips.ChunkPaths(rig.Card, clip).SelectMany(p => CardClips.Read(rig.Card, p).Frames).Count(), "nothing is written after card full");
    }

    [TestMethod]
    [DataRow(MediaEngineKind.Managed)]
    [DataRow(MediaEngineKind.Native)]
    public void CardFullOfUnsyncedEvidence_RingYieldsFirst_AndNoUnsyncedClipIsEverDeleted(MediaEngineKind engine)
    {
        using var rig = new MediaRig(new MediaSettings { PreEventSeconds = 30 }, audio: false, engine: engine);
        rig.Pipeline.StartClip(0, "record.press");
        rig.Run(0, 60_000);
        rig.Pipeline.StopClip(60_000, "record.press");
        int evidence = rig.Pipeline.ClipSequence;
        string evidenceManifest = CardClips.Manifest(rig.Card, evidence);
        // Room for the two chunks held at their largest (the open one, the one being hashed), and 20 KB more.
        ShrinkCardTo(rig, rig.Space.UsedBytes + rig.Settings.CloseReserveBytes(MediaRig.Cluster) + (2 * rig.ChunkHoldBytes) + 20_000, 60_000);

        rig.Pipeline.StartBuffering(60_000);
        rig.Run(60_000, 180_000);
        Assert.AreEqual(0, rig.Events.CardFullAt.Count, "while buffering the ring makes its own room");
        Assert.IsTrue(rig.Pipeline.RingChunks < 3, $"the ring shrank to what fits ({rig.Pipeline.RingChunks} chunks)");

        rig.Pipeline.StartClip(180_000, "record.double");
        long t = 180_000;
        while (!rig.Pipeline.IsCardFull && t < 600_000)
        {
            t += 100;
            rig.Pipeline.Pump(t);
        }

        Assert.IsTrue(rig.Pipeline.IsCardFull);
        Assert.AreEqual(ManifestFormat.CardFullCause, rig.Events.Clips[^1].Cause);
        Assert.AreEqual(evidenceManifest, CardClips.Manifest(rig.Card, evidence), "the unsynced clip is untouched");
        Assert.AreEqual(0, new ClipVerifier(rig.Card, new Sha256(), new byte[4096]).Verify(CardLayout.ClipDirectory(evidence), true).Count);
        Assert.AreEqual(0, new ClipVerifier(rig.Card, new Sha256(), new byte[4096]).Verify(CardLayout.ClipDirectory(rig.Pipeline.ClipSequence), true).Count);
    }

    [TestMethod]
    [DataRow(MediaEngineKind.Managed)]
    [DataRow(MediaEngineKind.Native)]
    public void CardFullWithSyncedClips_DeletesTheOldestSyncedFirst_AndRecordingGoesOn(MediaEngineKind engine)
    {
        using var rig = new MediaRig(new MediaSettings(), audio: false, engine: engine);
        long t = 0;
        var clips = new List<int>();
        for (int i = 0; i < 3; i++)
        {
            rig.Pipeline.StartClip(t, "record.press");
            rig.Run(t, t + 30_000);
            t += 30_000;
            rig.Pipeline.StopClip(t, "record.press");
            clips.Add(rig.Pipeline.ClipSequence);
        }

        // The station confirmed the first two; the third is not synced yet.
        for (int i = 0; i < 2; i++)
        {
            ClipSyncMarker.MarkSynced(rig.Accounted, clips[i], Convert.FromHexString(rig.Events.Clips[i].ManifestSha256));
        }

        ShrinkCardTo(rig, rig.Space.UsedBytes + rig.Settings.CloseReserveBytes(MediaRig.Cluster) + (2 * rig.ChunkHoldBytes) + 50_000, t);
        rig.Pipeline.StartClip(t, "record.press");
        rig.Run(t, t + 60_000);
        rig.Pipeline.StopClip(t + 60_000, "record.press");

        Assert.AreEqual(0, rig.Events.CardFullAt.Count, "room was made from synced clips");
        CollectionAssert.DoesNotContain(CardClips.Clips(rig.Card), clips[0], "the oldest synced clip went first");
        CollectionAssert.Contains(CardClips.Clips(rig.Card), clips[2], "the unsynced clip stays");
        Assert.AreEqual(1, rig.Audit.Count("retention deleted synced clip=" + CardLayout.Sequence(clips[0])));
        Assert.AreEqual(0, new ClipVerifier(rig.Card, new Sha256(), new byte[4096]).Verify(CardLayout.ClipDirectory(clips[2]), true).Count);
        Assert.AreEqual(0, new ClipVerifier(rig.Card, new Sha256(), new byte[4096]).Verify(CardLayout.ClipDirectory(rig.Pipeline.ClipSequence), true).Count);
    }

    [TestMethod]
    [DataRow(MediaEngineKind.Managed)]
    [DataRow(MediaEngineKind.Native)]
    public void CardPulledWhileRecording_ReportsTheFault_AndTheNextBootClosesTheClip(MediaEngineKind engine)
    {
        using var rig = new MediaRig(new MediaSettings(), engine: engine);
        rig.Pipeline.StartClip(0, "record.press");
        rig.Run(0, 12_000);
        rig.Card.RemoveCard();
        rig.Run(12_000, 13_000);

        CollectionAssert.AreEqual(new[] { CardFault.Removed }, rig.Events.Faults);
        Assert.IsTrue(rig.Pipeline.IsFaulted);
        Assert.IsFalse(rig.Pipeline.IsRecording);

        rig.Card.PowerOn();
        rig.Boot(20_000);
        int clip = CardClips.Clips(rig.Card).Single();
        Assert.AreEqual(ManifestFormat.RecoveredCause, ClipManifest.Load(rig.Card, CardLayout.ClipManifest(clip)).Stop!.Cause);
        Assert.AreEqual(0, new ClipVerifier(rig.Card, new Sha256(), new byte[4096]).Verify(CardLayout.ClipDirectory(clip), true).Count);
    }

    /// <summary>Makes the card as small as <paramref name="capacityBytes"/> and boots again (the account is re-measured).</summary>
    private static void ShrinkCardTo(MediaRig rig, long capacityBytes, long nowMs)
    {
        rig.Card.CapacityBytes = capacityBytes;
        rig.Boot(nowMs);
    }
}
