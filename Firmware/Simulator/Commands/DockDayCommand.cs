using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using BwcFirmware.Drivers.Host.Link;
using BwcFirmware.Simulator.Fleet;
using BwcFirmware.Simulator.Simulation;

namespace BwcFirmware.Simulator.Commands
{
    /// <summary>
    /// <c>dock-day</c>: shift change. N cameras, each with a card holding a shift of clips, dock at once to one
    /// station (the reference station, started here, unless <c>--station</c>), each over its own modelled link.
    /// </summary>
    public static class DockDayCommand
    {
        /// <summary>Creates the command.</summary>
        public static Command Create()
        {
            var cameras = new Option<int>("--cameras") { Description = "Cameras docking at once.", DefaultValueFactory = _ => 23 };
            var station = new Option<string>("--station") { Description = "Station tus URL (default: start the reference station on loopback)." };
            var token = new Option<string>("--token") { Description = "Device credential for --station (a fresh one for the reference station)." };
            var link = new Option<string>("--link") { Description = "Each camera's link: RATE/RTT[/LOSS], e.g. 20mbit/5ms, 5mbit/20ms, 20mbit/5ms/0.1%.", DefaultValueFactory = _ => "20mbit/5ms" };
            var clips = new Option<int>("--clips") { Description = "Clips in each camera's shift.", DefaultValueFactory = _ => new ShiftContents().Clips };
            var clipSeconds = new Option<int>("--clip-seconds") { Description = "Length of each clip in seconds.", DefaultValueFactory = _ => new ShiftContents().ClipSeconds };
            var resolution = new Option<string>("--resolution") { Description = "Camera frame size WxH.", DefaultValueFactory = _ => "640x480" };
            var fps = new Option<int>("--fps") { Description = "Camera frames per second.", DefaultValueFactory = _ => ShiftOptions.DefaultFps };
            var restartAt = new Option<int>("--restart-station-at") { Description = "Kill and restart the reference station when this per cent of the bytes was sent (0: never)." };
            var storage = new Option<long>("--station-storage") { Description = "The reference station's disk in bytes; an upload that does not fit is refused (507)." };
            var noIdeal = new Option<bool>("--no-ideal") { Description = "Do not measure the links and the station alone first." };
            var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write into (default: ./bwc-dock-day-<date>-<time>)." };
            var seed = new Option<int>("--seed") { Description = "Seed of the shifts and link losses.", DefaultValueFactory = _ => 1 };
            var command = new Command(
                "dock-day",
                "Shift change: N cameras, each with a card holding a shift of clips, dock at once to one station, each over its own modelled link; progress, a summary, and every station copy verified.")
            {
                cameras, station, token, link, clips, clipSeconds, resolution, fps, restartAt, storage, noIdeal, output, seed,
            };
            command.SetAction(result => SimulatorCommandLine.Guard(() =>
            {
                DockDayOptions options = BuildOptions(
                    result.GetValue(cameras), result.GetValue(station), result.GetValue(token), result.GetValue(link), result.GetValue(clips),
                    result.GetValue(clipSeconds), result.GetValue(resolution), result.GetValue(fps), result.GetValue(restartAt), result.GetValue(storage),
                    !result.GetValue(noIdeal), result.GetValue(output)?.FullName, result.GetValue(seed));
                return DockDay.Run(options, Console.Out);
            }));
            return command;
        }

        /// <summary>Checks the command line; every problem is a one-line <see cref="CommandFailure"/>.</summary>
        public static DockDayOptions BuildOptions(int cameras, string station, string token, string link, int clips, int clipSeconds, string resolution, int fps, int restartAt, long storage, bool measureIdeal, string folder, int seed)
        {
            if (cameras < 1 || cameras > 200)
            {
                throw new CommandFailure(ExitCodes.BadInput, $"--cameras must be 1-200, got {cameras}");
            }

            if (!LinkShape.TryParse(link, out LinkShape shape, out string problem))
            {
                throw new CommandFailure(ExitCodes.BadInput, "--link: " + problem);
            }

            if (clips < 1 || clips > 100 || clipSeconds < 1 || clipSeconds > 4 * 3600)
            {
                throw new CommandFailure(ExitCodes.BadInput, $"--clips must be 1-100 and --clip-seconds 1-14400, got {clips} and {clipSeconds}");
            }

            if (!ShiftOptions.TryParseResolution(resolution, out int width, out int height, out string error))
            {
                throw new CommandFailure(ExitCodes.BadInput, error);
            }

            if (fps < 1 || fps > 60 || restartAt < 0 || restartAt > 99 || storage < 0)
            {
                throw new CommandFailure(ExitCodes.BadInput, $"--fps must be 1-60, --restart-station-at 0-99, --station-storage >= 0; got {fps}, {restartAt}, {storage}");
            }

            if (station != null && (restartAt > 0 || storage > 0))
            {
                throw new CommandFailure(ExitCodes.BadInput, "--restart-station-at and --station-storage act on the reference station; not with --station");
            }

            if (station != null && (!Uri.TryCreate(station, UriKind.Absolute, out Uri url) || (url.Scheme != "http" && url.Scheme != "https")))
            {
                throw new CommandFailure(ExitCodes.BadInput, $"--station must be an http(s) URL, got '{station}'");
            }

            folder ??= Path.GetFullPath("bwc-dock-day-" + DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
            if (Directory.Exists(folder) && Directory.GetFileSystemEntries(folder).Length > 0)
            {
                throw new CommandFailure(ExitCodes.BadInput, $"{folder} is not empty; dock-day writes into a new folder");
            }

            return new DockDayOptions
            {
                Cameras = cameras,
                StationUrl = station,
                Token = token ?? "fleet-" + Guid.NewGuid().ToString("N").Substring(0, 12),
                Link = shape,
                Shift = new ShiftContents { Clips = clips, ClipSeconds = clipSeconds, Width = width, Height = height, FramesPerSecond = fps },
                RestartStationAtPercent = restartAt,
                StationStorageBytes = storage,
                MeasureIdeal = measureIdeal,
                Folder = folder,
                Seed = seed,
            };
        }
    }
}
