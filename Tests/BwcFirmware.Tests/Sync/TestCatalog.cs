using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Sync;

namespace BwcFirmware.Tests.Sync;

/// <summary>
/// A catalog over clips and audit segments written to a test card in the card layout, with the hashes a
/// manifest would record for chunks. Marking a clip synced frees it (deletes its files), as a retention
/// rule of "free once synced" would.
/// </summary>
internal sealed class TestCatalog : ISyncCatalog
{
    private readonly FolderCard _card;
    private readonly SortedDictionary<int, List<SyncFile>> _clips = new();
    private readonly HashSet<int> _marked = new();
    private readonly List<SyncFile> _segments = new();

    public TestCatalog(FolderCard card)
    {
        _card = card;
    }

    public List<int> SyncedClips { get; } = new();

    public List<int> SyncedSegments { get; } = new();

    /// <summary>Writes clip <paramref name="clip"/> with chunks of the given sizes and a manifest; returns the bytes by path.</summary>
    public Dictionary<string, byte[]> AddClip(int clip, int[] chunkSizes, bool marker = false, bool recordHashes = true, int seed = 0)
    {
        var random = new Random(seed == 0 ? clip : seed);
        var files = new List<SyncFile>();
        var written = new Dictionary<string, byte[]>();
        string manifest = string.Empty;
        for (int i = 0; i < chunkSizes.Length; i++)
        {
            byte[] bytes = new byte[chunkSizes[i]];
            random.NextBytes(bytes);
            string path = CardLayout.ClipChunk(clip, i + 1);
            _card.WriteFile(path, bytes);
            written[path] = bytes;
            string hash = TestSha256.HexOf(bytes);
            manifest += "chunk " + CardLayout.Sequence(i + 1) + " sha256=" + hash + "\n";
            files.Add(new SyncFile(path, SyncFile.ChunkKind, clip, i + 1, recordHashes ? hash : null));
        }

        if (marker)
        {
            manifest += "marker\n";
            _marked.Add(clip);
        }

        manifest += "stop\n";
        byte[] manifestBytes = System.Text.Encoding.ASCII.GetBytes(manifest);
        _card.WriteFile(CardLayout.ClipManifest(clip), manifestBytes);
        written[CardLayout.ClipManifest(clip)] = manifestBytes;
        files.Add(new SyncFile(CardLayout.ClipManifest(clip), SyncFile.ManifestKind, clip, -1, null));
        _clips[clip] = files;
        return written;
    }

    public byte[] AddAuditSegment(int segment, int size)
    {
        byte[] bytes = new byte[size];
        new Random(1000 + segment).NextBytes(bytes);
        string path = CardLayout.AuditSegment(segment);
        _card.WriteFile(path, bytes);
        _segments.Add(new SyncFile(path, SyncFile.AuditKind, -1, segment, null));
        return bytes;
    }

    public int[] PendingClips() => _clips.Keys.Where(c => !SyncedClips.Contains(c)).ToArray();

    public bool ClipHasMarkers(int clip) => _marked.Contains(clip);

    public SyncFile[] ClipFiles(int clip) => _clips[clip].ToArray();

    public Dictionary<int, string> ManifestHashes { get; } = new();

    public long MarkClipSynced(int clip, string manifestSha256, long nowMs)
    {
        SyncedClips.Add(clip);
        ManifestHashes[clip] = manifestSha256;
        long freed = 0;
        foreach (SyncFile file in _clips[clip])
        {
            freed += _card.GetLength(file.Path);
            _card.Delete(file.Path);
        }

        return freed;
    }

    public SyncFile[] PendingAuditSegments() => _segments.Where(s => !SyncedSegments.Contains(s.Sequence)).ToArray();

    public void MarkAuditSegmentSynced(int segment, long nowMs) => SyncedSegments.Add(segment);
}

/// <summary>Audit records in memory.</summary>
internal sealed class ListAudit : IAuditSink
{
    public List<string> Records { get; } = new();

    public void Append(long timeMs, string eventName, string detail) => Records.Add(eventName + " " + detail);

    public IEnumerable<string> Of(string eventName) => Records.Where(r => r.StartsWith(eventName + " ", StringComparison.Ordinal));
}
