namespace BwcFirmware.Shared.Sync
{
    /// <summary>
    /// What the card holds for the station, and where the sync agent reports a delivery. The card store
    /// implements it: it knows which clips are closed, the hashes their manifests record, and what its
    /// retention rule frees once a clip is synced.
    /// </summary>
    public interface ISyncCatalog
    {
        /// <summary>Closed clips not yet marked synced, oldest (lowest sequence) first.</summary>
        int[] PendingClips();

        /// <summary>True when clip <paramref name="clip"/> carries at least one marker.</summary>
        bool ClipHasMarkers(int clip);

        /// <summary>The files of clip <paramref name="clip"/> in upload order: its chunks by sequence, then its manifest last.</summary>
        SyncFile[] ClipFiles(int clip);

        /// <summary>
        /// Every file of clip <paramref name="clip"/> is confirmed by the station, its manifest with
        /// <paramref name="manifestSha256"/> (lower-case hex): mark it synced (durably) and apply retention.
        /// Returns the bytes freed now (0 when retention keeps it for the moment).
        /// </summary>
        long MarkClipSynced(int clip, string manifestSha256, long nowMs);

        /// <summary>Closed audit segments not yet marked synced, oldest first.</summary>
        SyncFile[] PendingAuditSegments();

        /// <summary>The station confirmed audit segment <paramref name="segment"/>: mark it synced (durably).</summary>
        void MarkAuditSegmentSynced(int segment, long nowMs);
    }
}
