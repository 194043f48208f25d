namespace BwcFirmware.Shared.Sync
{
    /// <summary>Names of <see cref="SyncPhase"/> for logs (enum names are numbers on the device).</summary>
    public static class SyncPhaseNames
    {
        /// <summary>Lower-case name of <paramref name="phase"/>.</summary>
        public static string Of(SyncPhase phase)
        {
            switch (phase)
            {
                case SyncPhase.Off:
                    return "off";
                case SyncPhase.Discover:
                    return "discover";
                case SyncPhase.NewPass:
                    return "new-pass";
                case SyncPhase.NextFile:
                    return "next-file";
                case SyncPhase.Upload:
                    return "upload";
                case SyncPhase.Backoff:
                    return "backoff";
                case SyncPhase.Rest:
                    return "rest";
                default:
                    return "unknown";
            }
        }
    }
}
