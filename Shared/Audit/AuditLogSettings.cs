namespace BwcFirmware.Shared.Audit
{
    /// <summary>Tunables of the audit log.</summary>
    public sealed class AuditLogSettings
    {
        /// <summary>
        /// A segment is closed once it reaches this size (64 KiB: a few hundred records, quick to upload and to
        /// scan at boot on the device).
        /// </summary>
        public long SegmentLimitBytes { get; set; } = 64 * 1024;
    }
}
