namespace BwcFirmware.Shared.Sync
{
    /// <summary>Names of <see cref="SyncStatus"/> for logs and audit records (enum names are numbers on the device).</summary>
    public static class SyncStatusNames
    {
        /// <summary>Lower-case name of <paramref name="status"/>.</summary>
        public static string Of(SyncStatus status)
        {
            switch (status)
            {
                case SyncStatus.NotDocked:
                    return "not-docked";
                case SyncStatus.Paused:
                    return "paused";
                case SyncStatus.Connecting:
                    return "connecting";
                case SyncStatus.Uploading:
                    return "uploading";
                case SyncStatus.Retrying:
                    return "retrying";
                case SyncStatus.StationFull:
                    return "station-full";
                case SyncStatus.Blocked:
                    return "blocked";
                case SyncStatus.UpToDate:
                    return "up-to-date";
                case SyncStatus.NotConfirmed:
                    return "not-confirmed";
                default:
                    return "unknown";
            }
        }
    }
}
