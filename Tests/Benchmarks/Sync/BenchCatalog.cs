using BwcFirmware.Shared.Sync;

namespace BwcFirmware.Benchmarks.Sync
{
    /// <summary>One pending clip of one chunk whose hash the manifest would record.</summary>
    internal sealed class BenchCatalog : ISyncCatalog
    {
        private readonly SyncFile _chunk;
        private readonly SyncFile _manifest;
        private bool _synced;

        public BenchCatalog(SyncFile chunk, SyncFile manifest)
        {
            _chunk = chunk;
            _manifest = manifest;
        }

        public int[] PendingClips() => _synced ? new int[0] : new[] { _chunk.Clip };

        public bool ClipHasMarkers(int clip) => false;

        public SyncFile[] ClipFiles(int clip) => new[] { _chunk, _manifest };

        public long MarkClipSynced(int clip, string manifestSha256, long nowMs)
        {
            _synced = true;
            return 0;
        }

        public SyncFile[] PendingAuditSegments() => new SyncFile[0];

        public void MarkAuditSegmentSynced(int segment, long nowMs)
        {
        }
    }

    /// <summary>Discards audit records.</summary>
    internal sealed class NoAudit : BwcFirmware.Shared.Audit.IAuditSink
    {
        public void Append(long timeMs, string eventName, string detail)
        {
        }
    }
}
