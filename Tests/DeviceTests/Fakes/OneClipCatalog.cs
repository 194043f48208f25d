#nullable disable
using BwcFirmware.Shared.Sync;

namespace BwcFirmware.DeviceTests.Fakes
{
    /// <summary>
    /// A sync catalog holding one closed clip (its chunk, then its manifest) and no audit segments, for sync tests
    /// without a card store. It records what the sync agent reports back.
    /// </summary>
    public sealed class OneClipCatalog : ISyncCatalog
    {
        private readonly SyncFile[] _files;

        /// <summary>Clip 1 made of <paramref name="chunkPath"/> and <paramref name="manifestPath"/>; hashes left to the agent.</summary>
        public OneClipCatalog(string chunkPath, string manifestPath)
        {
            _files = new SyncFile[]
            {
                new SyncFile(chunkPath, SyncFile.ChunkKind, 1, 1, null),
                new SyncFile(manifestPath, SyncFile.ManifestKind, 1, -1, null),
            };
        }

        /// <summary>The manifest hash the agent reported with the clip's delivery, or null while undelivered.</summary>
        public string SyncedManifestSha256 { get; private set; }

        /// <inheritdoc />
        public int[] PendingClips()
        {
            return SyncedManifestSha256 == null ? new int[] { 1 } : new int[0];
        }

        /// <inheritdoc />
        public bool ClipHasMarkers(int clip)
        {
            return false;
        }

        /// <inheritdoc />
        public SyncFile[] ClipFiles(int clip)
        {
            return _files;
        }

        /// <inheritdoc />
        public long MarkClipSynced(int clip, string manifestSha256, long nowMs)
        {
            SyncedManifestSha256 = manifestSha256;
            return 0;
        }

        /// <inheritdoc />
        public SyncFile[] PendingAuditSegments()
        {
            return new SyncFile[0];
        }

        /// <inheritdoc />
        public void MarkAuditSegmentSynced(int segment, long nowMs)
        {
        }
    }
}
