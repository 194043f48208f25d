using System;
using System.Globalization;
using System.IO;
using System.Linq;
using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Drivers.Host.Hashing;
using BwcFirmware.Drivers.Host.Verification;
using BwcFirmware.Shared.Sync;
using BwcFirmware.Shared.Verification;

namespace BwcFirmware.Simulator.Fleet
{
    /// <summary>What dock-day prints: progress while the fleet syncs, the summary, and the check of every station copy.</summary>
    public static class DockDayReport
    {
        /// <summary>"1.23 GB", "162.3 MB" (decimal units, as the shift summary).</summary>
        public static string Bytes(long bytes) => bytes >= 1_000_000_000
            ? (bytes / 1e9).ToString("F2", CultureInfo.InvariantCulture) + " GB"
            : (bytes / 1e6).ToString("F1", CultureInfo.InvariantCulture) + " MB";

        /// <summary>Megabits per second of <paramref name="bytes"/> over <paramref name="time"/>.</summary>
        public static string Mbit(long bytes, TimeSpan time) => (bytes * 8 / Math.Max(1e-3, time.TotalSeconds) / 1e6).ToString("F1", CultureInfo.InvariantCulture);

        /// <summary>One progress line for the whole fleet, and with <paramref name="perCamera"/> one with each camera's share.</summary>
        public static void Progress(TextWriter output, DockFleet fleet, TimeSpan now, TimeSpan stationCpu, bool perCamera)
        {
            long total = fleet.TotalBytes;
            long sent = Math.Min(total, fleet.BytesWritten);
            int done = fleet.Cameras.Count(c => c.Finished);
            output.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "dock {0,6:F1} s  {1} of {2} ({3}%)  {4} Mbit/s  cameras done {5}/{6}  station cpu {7:F1} s",
                now.TotalSeconds, Bytes(sent), Bytes(total), total == 0 ? 100 : sent * 100 / total, Mbit(sent, now), done, fleet.Cameras.Length, stationCpu.TotalSeconds));
            if (perCamera)
            {
                output.WriteLine("  per camera %: " + string.Join(" ", fleet.Cameras.Select((c, i) => (i + 1).ToString("00", CultureInfo.InvariantCulture) + ":" + Percent(c))));
            }
        }

        /// <summary>The table of every camera's result, then the fleet's totals.</summary>
        public static void Summary(TextWriter output, DockFleet fleet, TimeSpan stationCpu)
        {
            output.WriteLine("camera         clips  files       bytes     time  Mbit/s    re-sent  result");
            foreach (DockedCamera camera in fleet.Cameras)
            {
                string result = SyncStatusNames.Of(camera.Agent.Status) + (camera.Agent.Status == SyncStatus.UpToDate ? string.Empty : " (" + camera.Agent.LastFault + ")");
                output.WriteLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "{0,-13} {1,6} {2,6} {3,11} {4,7:F1} s {5,7} {6,10:N0}  {7}",
                    camera.DeviceId, camera.Clips, camera.Agent.FilesConfirmed, Bytes(camera.TotalBytes), camera.Elapsed.TotalSeconds,
                    Mbit(camera.TotalBytes, camera.Elapsed), Math.Max(0, camera.BytesWritten - camera.TotalBytes), result));
            }

            long total = fleet.TotalBytes;
            output.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "fleet: {0} cameras, {1} in {2:F1} s: {3} Mbit/s at the station, {4} Mbit/s per camera on average; station CPU {5:F1} s ({6:F0} % of one core)",
                fleet.Cameras.Length, Bytes(total), fleet.Elapsed.TotalSeconds, Mbit(total, fleet.Elapsed),
                (fleet.Cameras.Average(c => c.TotalBytes * 8 / Math.Max(1e-3, c.Elapsed.TotalSeconds)) / 1e6).ToString("F1", CultureInfo.InvariantCulture),
                stationCpu.TotalSeconds, stationCpu.TotalSeconds * 100 / Math.Max(1e-3, fleet.Elapsed.TotalSeconds)));
        }

        /// <summary>
        /// Checks each camera as <c>bwc-sim verify</c> does, at the station (audit chain, manifests, chunks) and on
        /// its card (every clip carries the station's confirmation); true when all pass.
        /// </summary>
        public static bool Verify(TextWriter output, DockFleet fleet, string stationStorage)
        {
            bool passed = true;
            using var sha = new HostSha256();
            foreach (DockedCamera camera in fleet.Cameras)
            {
                StationFolderCard station = StationFolderCard.Open(stationStorage, camera.DeviceId);
                VerificationReport report = CardVerifier.Verify(station, sha);
                using var card = new DirectoryCardFileSystem(camera.CardFolder, syncToDisk: false);
                int unconfirmed = new CardStoreSyncCatalog(card, sha, new byte[4096]).PendingClips().Length;
                bool ok = report.Passed && unconfirmed == 0 && report.ManifestsChecked == camera.Clips;
                passed &= ok;
                output.WriteLine($"verify station copy {camera.DeviceId}: {report.Summary()}; card: {camera.Clips - unconfirmed} of {camera.Clips} clips confirmed{(ok ? string.Empty : " <- FAILED")}");
                for (int i = 0; i < report.Count && !report.Passed; i++)
                {
                    output.WriteLine("  " + report.Get(i).Describe());
                }
            }

            return passed;
        }

        private static string Percent(DockedCamera camera)
        {
            if (camera.Finished && camera.Agent.Status == SyncStatus.UpToDate)
            {
                return "ok";
            }

            long share = camera.TotalBytes == 0 ? 100 : Math.Min(99, camera.BytesWritten * 100 / camera.TotalBytes);
            return share.ToString("00", CultureInfo.InvariantCulture);
        }
    }
}
