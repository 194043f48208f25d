using System.Security.Cryptography;
using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Drivers.Host.Hashing;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Tests.Card;

namespace BwcFirmware.Tests.Media;

/// <summary>
/// A closed chunk is hashed while the next one is written, and listed in the manifest when the next one
/// closes (or at the next seam): the frame path never stalls on reading a chunk back.
/// </summary>
[TestClass]
public sealed class ChunkHashTimingTests
{
    [TestMethod]
    [DataRow(MediaEngineKind.Managed)]
    [DataRow(MediaEngineKind.Native)]
    public void ClosedChunk_IsListedWhenTheNextCloses_WithTheHashOfItsFile(MediaEngineKind engine)
    {
        using var rig = new MediaRig(new MediaSettings(), engine: engine);
        rig.Pipeline.StartClip(0, "record.press");
        int clip = rig.Pipeline.ClipSequence;

        rig.Run(0, 19_000);
        ClipManifest early = ClipManifest.Load(rig.Card, CardLayout.ClipManifest(clip));
        Assert.AreEqual("000002.avi", early.LastChunkOpen()!.Name, "the second chunk is being written");
        Assert.AreEqual(0, early.ChunkCount, "the first waits for its hash");
        Assert.AreEqual(0, rig.Events.Chunks.Count);

        rig.Run(19_000, 21_000);
        ClipManifest later = ClipManifest.Load(rig.Card, CardLayout.ClipManifest(clip));
        Assert.AreEqual("000003.avi", later.LastChunkOpen()!.Name);
        Assert.AreEqual(1, later.ChunkCount, "the second chunk closed: the first is listed");
        string path = CardLayout.ClipChunk(clip, 1);
        string fileHash = Convert.ToHexStringLower(SHA256.HashData(CardBytes.ReadAll(rig.Card, path)));
        Assert.AreEqual(fileHash, later.ChunkAt(0).Get(ManifestKeys.Sha256));
        Assert.AreEqual(rig.Card.GetLength(path), later.ChunkAt(0).GetNumber(ManifestKeys.Bytes, -1));
        Assert.AreEqual(fileHash, rig.Events.Chunks.Single().Sha256);
    }

    [TestMethod]
    [DataRow(MediaEngineKind.Managed)]
    [DataRow(MediaEngineKind.Native)]
    public void Stop_ListsTheLastTwoChunks_BeforeTheStopLine(MediaEngineKind engine)
    {
        using var rig = new MediaRig(new MediaSettings(), engine: engine);
        rig.Pipeline.StartClip(0, "record.press");
        rig.Run(0, 11_000);
        rig.Pipeline.StopClip(11_000, "record.press");

        ClipManifest manifest = ClipManifest.Load(rig.Card, CardLayout.ClipManifest(rig.Pipeline.ClipSequence));
        Assert.IsTrue(manifest.IsClosed);
        CollectionAssert.AreEqual(new[] { "000001.avi", "000002.avi" }, Enumerable.Range(0, manifest.ChunkCount).Select(i => manifest.ChunkAt(i).Name).ToArray());
        Assert.AreEqual(0, new ClipVerifier(rig.Card, new Sha256(), new byte[4096]).Verify(CardLayout.ClipDirectory(rig.Pipeline.ClipSequence), true).Count);
    }

    [TestMethod]
    public void Manifests_AreTheSameByteForByte_WhetherChunksAreHashedInSlicesOrOnAWorker()
    {
        string[] sliced = RecordIncident(chunkHasher: null);
        string[] worker = RecordIncident(root => new BackgroundFileHasher(new DirectoryCardFileSystem(root, syncToDisk: false), new HostSha256()));

        Assert.AreEqual(2, sliced.Length, "a roll-over makes two clips");
        CollectionAssert.AreEqual(sliced, worker);
    }

    [TestMethod]
    [DataRow(MediaEngineKind.Managed)]
    [DataRow(MediaEngineKind.Native)]
    public void PowerCutWhileAChunkWaitsForItsHash_RecoveryListsItWithTheHashOfItsFile(MediaEngineKind engine)
    {
        using var rig = new MediaRig(new MediaSettings(), engine: engine);
        rig.Card.TearLastWrite = false;
        rig.Pipeline.StartClip(0, "record.press");
        rig.Run(0, 12_000);
        rig.CutPowerAndBoot(20_000);

        int clip = CardClips.Clips(rig.Card).Single();
        ClipManifest manifest = ClipManifest.Load(rig.Card, CardLayout.ClipManifest(clip));
        ManifestEntry first = manifest.FindChunk("000001.avi")!;
        Assert.IsNotNull(first, "the closed chunk is listed by recovery");
        Assert.AreEqual(Convert.ToHexStringLower(SHA256.HashData(CardBytes.ReadAll(rig.Card, CardLayout.ClipChunk(clip, 1)))), first.Get(ManifestKeys.Sha256));
        Assert.AreEqual(150L, first.GetNumber(ManifestKeys.Frames, -1), "every frame of the closed chunk is kept");
        Assert.AreEqual(0, new ClipVerifier(rig.Card, new Sha256(), new byte[4096]).Verify(CardLayout.ClipDirectory(clip), true).Count);
    }

    [TestMethod]
    public void CardHoldingOtherThanWasWritten_StopsWritingAsACardFault_WithoutListingTheChunk()
    {
        using var rig = new MediaRig(new MediaSettings(), chunkHasher: root => new ShortReadingHasher(new SlicedFileHasher(new DirectoryCardFileSystem(root, syncToDisk: false), new Sha256(), 4096)));
        rig.Pipeline.StartClip(0, "record.press");
        rig.Run(0, 21_000);

        Assert.IsTrue(rig.Pipeline.IsFaulted);
        Assert.AreEqual(CardFault.WriteError, rig.Events.Faults.Single());
        Assert.AreEqual(0, ClipManifest.Load(rig.Card, CardLayout.ClipManifest(rig.Pipeline.ClipSequence)).ChunkCount, "no line vouches for bytes the card does not hold");
        Assert.AreEqual(1, rig.Audit.Count("card fault"));
    }

    /// <summary>Buffering, a clip with marker and mute that rolls over, a stop: the manifests' texts.</summary>
    private static string[] RecordIncident(Func<string, IFileHasher>? chunkHasher)
    {
        using var rig = new MediaRig(new MediaSettings { PreEventSeconds = 20, MaxClipSeconds = 60 }, chunkHasher: chunkHasher);
        rig.Pipeline.StartBuffering(0);
        rig.Run(0, 33_000);
        rig.Pipeline.StartClip(33_000, "record.double");
        rig.Run(33_000, 51_000);
        rig.Pipeline.Marker(51_000, "press");
        rig.Run(51_000, 62_000);
        rig.Pipeline.SetMuted(62_000, true);
        rig.Run(62_000, 101_000);
        rig.Pipeline.StopClip(101_000, "record.hold");
        return CardClips.Clips(rig.Card).Select(clip => CardClips.Manifest(rig.Card, clip)).ToArray();
    }

    /// <summary>A hasher that reports one byte fewer than it read: the card gave back less than was written.</summary>
    private sealed class ShortReadingHasher : IFileHasher
    {
        private readonly IFileHasher _inner;

        public ShortReadingHasher(IFileHasher inner) => _inner = inner;

        public bool IsBusy => _inner.IsBusy;

        public long HashedBytes => _inner.HashedBytes - 1;

        public void Start(string path) => _inner.Start(path);

        public bool TryFinish(long budgetBytes, byte[] digest, int offset) => _inner.TryFinish(budgetBytes, digest, offset);

        public void Finish(byte[] digest, int offset) => _inner.Finish(digest, offset);

        public void Cancel() => _inner.Cancel();
    }
}
