using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BwcFirmware.Simulator.Commands;
using BwcFirmware.Simulator.Station;

namespace BwcFirmware.Simulator.Fleet
{
    /// <summary>
    /// Shift change: every camera of a department docks at once, each over its own modelled link, to one
    /// station. Writes the cards, measures the ideal (each bottleneck alone), runs the dock with progress and an
    /// optional station restart, prints the summary and checks every station copy as verify does.
    /// </summary>
    public static class DockDay
    {
        /// <summary>Runs the dock day; 0 when every clip of every camera is confirmed and verified at the station, 1 when not.</summary>
        public static int Run(DockDayOptions options, TextWriter output)
        {
            string folder = options.Folder;
            string[] devices = Enumerable.Range(0, options.Cameras).Select(DockDayOptions.DeviceId).ToArray();
            string[] cards = devices.Select(d => Path.Combine(folder, "cards", d)).ToArray();
            output.WriteLine($"dock day: {options.Cameras} cameras, each with a shift of {options.Shift}, each over its own link ({options.Link}); folder {folder}");

            long start = Stopwatch.GetTimestamp();
            Parallel.For(0, devices.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
                ShiftCardWriter.Write(cards[i], devices[i], options.Seed + i, options.Shift));
            output.WriteLine($"cards written in {Stopwatch.GetElapsedTime(start).TotalSeconds:F1} s");

            string[] stationArguments = options.StationStorageBytes > 0
                ? new[] { "--max-storage", options.StationStorageBytes.ToString(CultureInfo.InvariantCulture) }
                : Array.Empty<string>();
            ReferenceStationProcess station = null;
            string storage = Path.Combine(folder, "station");
            try
            {
                if (options.StationUrl == null)
                {
                    station = ReferenceStationProcess.Start(storage, options.Token, stationArguments);
                    output.WriteLine($"reference station listening on {station.Url} (storage {storage})");
                }

                string url = options.StationUrl ?? station.Url.ToString();
                Ideal ideal = options.MeasureIdeal ? MeasureIdeal(options, devices, cards, folder, station != null, output) : null;
                return Dock(options, devices, cards, url, station, storage, ideal, output);
            }
            finally
            {
                station?.Dispose();
            }
        }

        private static int Dock(DockDayOptions options, string[] devices, string[] cards, string url, ReferenceStationProcess station, string storage, Ideal ideal, TextWriter output)
        {
            using var fleet = new DockFleet(devices, cards, url, options.Token, options.Link, options.Seed, measureOnly: false, options.TimeLimit);
            output.WriteLine($"docking {devices.Length} cameras at once: {DockDayReport.Bytes(fleet.TotalBytes)} to send");
            TimeSpan nextPrint = options.ProgressInterval;
            int prints = 0;
            bool restarted = false;
            int inFlight = 0;
            fleet.Dock((f, now) =>
            {
                if (!restarted && station != null && options.RestartStationAtPercent > 0 && f.BytesWritten * 100 >= options.RestartStationAtPercent * f.TotalBytes)
                {
                    restarted = true;
                    inFlight = f.Cameras.Count(c => !c.Finished && c.CurrentPath != null);
                    station.Restart();
                    output.WriteLine($"station killed and restarted at {options.RestartStationAtPercent}% of the bytes, {now.TotalSeconds:F1} s into the dock, with {inFlight} file(s) in flight");
                }

                if (now >= nextPrint)
                {
                    nextPrint += options.ProgressInterval;
                    DockDayReport.Progress(output, f, now, station?.CpuTime ?? TimeSpan.Zero, prints++ % 5 == 0);
                }
            });

            TimeSpan cpu = station?.CpuTime ?? TimeSpan.Zero;
            DockDayReport.Summary(output, fleet, cpu);
            if (restarted)
            {
                long resent = fleet.Cameras.Sum(c => Math.Max(0, c.BytesWritten - c.TotalBytes));
                long most = fleet.Cameras.Max(c => Math.Max(0, c.BytesWritten - c.TotalBytes));
                output.WriteLine($"station restart: {inFlight} file(s) in flight, {resent:N0} bytes re-sent in all, at most {most:N0} by one camera (goal: at most one piece, {Shared.Sync.SyncSettings.DefaultPieceBytes:N0} bytes, per file in flight)");
            }

            if (ideal != null)
            {
                ideal.Report(output, fleet.Elapsed);
            }

            bool verified = DockDayReport.Verify(output, fleet, storage);
            output.WriteLine(verified
                ? $"dock day: every clip of every camera confirmed by the station and its station copy verified ({devices.Length} cameras)"
                : "dock day: FAILED: not every clip is confirmed and verified (see above)");
            return verified ? ExitCodes.Ok : ExitCodes.ShiftFailed;
        }

        private static Ideal MeasureIdeal(DockDayOptions options, string[] devices, string[] cards, string folder, bool startStation, TextWriter output)
        {
            var ideal = new Ideal { LinkBytesPerSecond = LinkAlone.MeasureBytesPerSecond(options.Link) };
            using (var probe = new DockFleet(devices, cards, "http://127.0.0.1:1/files/", options.Token, null, options.Seed, measureOnly: true, options.TimeLimit))
            {
                ideal.LargestCardBytes = probe.Cameras.Max(c => c.TotalBytes);
            }

            output.WriteLine($"link alone: {ideal.LinkBytesPerSecond * 8 / 1e6:F2} Mbit/s measured through one link ({options.Link})");
            if (!startStation)
            {
                output.WriteLine("station alone: not measured (the station was given with --station)");
                return ideal;
            }

            // The station alone: every card at once, straight to a scratch station on loopback, no link.
            string scratch = Path.Combine(folder, "station-alone");
            using (ReferenceStationProcess alone = ReferenceStationProcess.Start(scratch, options.Token))
            using (var fleet = new DockFleet(devices, cards, alone.Url.ToString(), options.Token, null, options.Seed, measureOnly: true, options.TimeLimit))
            {
                fleet.Dock(null);
                bool complete = fleet.Cameras.All(c => c.Agent.Status == Shared.Sync.SyncStatus.UpToDate);
                ideal.StationAlone = fleet.Elapsed;
                output.WriteLine($"station alone: {DockDayReport.Bytes(fleet.TotalBytes)} from {devices.Length} cameras at once without links in {fleet.Elapsed.TotalSeconds:F1} s ({DockDayReport.Mbit(fleet.TotalBytes, fleet.Elapsed)} Mbit/s, station CPU {alone.CpuTime.TotalSeconds:F1} s){(complete ? string.Empty : " - NOT every camera finished")}");
            }

            Directory.Delete(scratch, true);
            return ideal;
        }

        /// <summary>The dock's ideal: all bytes over the slower bottleneck, each measured alone.</summary>
        private sealed class Ideal
        {
            public double LinkBytesPerSecond { get; set; }

            public long LargestCardBytes { get; set; }

            public TimeSpan? StationAlone { get; set; }

            public void Report(TextWriter output, TimeSpan wall)
            {
                var links = TimeSpan.FromSeconds(LargestCardBytes / LinkBytesPerSecond);
                TimeSpan best = StationAlone.HasValue && StationAlone.Value > links ? StationAlone.Value : links;
                string station = StationAlone.HasValue ? $"{StationAlone.Value.TotalSeconds:F1} s" : "not measured";
                output.WriteLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "ideal: {0:F1} s (the links: the largest card, {1}, at the link's measured rate: {2:F1} s; the station alone: {3}); wall time {4:F1} s = {5:F2}x the ideal (goal <= 1.15x)",
                    best.TotalSeconds, DockDayReport.Bytes(LargestCardBytes), links.TotalSeconds, station, wall.TotalSeconds, wall.TotalSeconds / best.TotalSeconds));
            }
        }
    }
}
