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

        /// <summary>
        /// Records kept in memory while the card cannot take them (pulled, faulting) and written when it answers
        /// again; beyond this many, records are only counted as dropped. 32 covers a card pull while recording.
        /// </summary>
        public int HeldRecordLimit { get; set; } = 32;
    }
}
