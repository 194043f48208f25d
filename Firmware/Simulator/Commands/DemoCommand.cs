using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using BwcFirmware.Simulator.Scripting;
using BwcFirmware.Simulator.Simulation;
using BwcFirmware.Simulator.Station;

namespace BwcFirmware.Simulator.Commands
{
    /// <summary>
    /// <c>demo</c>: the built-in shift against the reference station, which the demo starts on loopback and
    /// stops at the end. Everything goes into a new folder named at the end: the card, the station's storage,
    /// the script and config used, the picture and the summary.
    /// </summary>
    public static class DemoCommand
    {
        /// <summary>Creates the command.</summary>
        public static Command Create()
        {
            var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write into (default: ./bwc-demo-<date>-<time>)." };
            var resolution = new Option<string>("--resolution") { Description = "Camera frame size WxH.", DefaultValueFactory = _ => "640x480" };
            var fps = new Option<int>("--fps") { Description = "Camera frames per second.", DefaultValueFactory = _ => ShiftOptions.DefaultFps };
            var seed = new Option<int>("--seed") { Description = "Seed for every random choice.", DefaultValueFactory = _ => 1 };
            var realtime = new Option<bool>("--realtime") { Description = "Run at real-time speed." };
            var engine = RunCommand.EngineOption();
            var noStation = new Option<bool>("--no-station") { Description = "Do not start the reference station (the dock then syncs nowhere)." };
            var command = new Command(
                "demo",
                "Run a built-in shift (buffering, two incidents, a marker, a privacy mute, a stop, a power cut and recovery, dock and sync to the reference station, which the demo starts and stops itself, then a third incident on the small card that frees the first, confirmed clip).")
            {
                output, resolution, fps, seed, realtime, noStation, engine,
            };
            command.SetAction(result => SimulatorCommandLine.Guard(() => Run(
                result.GetValue(output)?.FullName,
                result.GetValue(resolution),
                result.GetValue(fps),
                result.GetValue(seed),
                result.GetValue(realtime),
                !result.GetValue(noStation),
                Console.Out,
                Console.Error,
                result.GetValue(engine))));
            return command;
        }

        /// <summary>Runs the demo into <paramref name="folder"/> (a new dated folder when null).</summary>
        public static int Run(string folder, string resolution, int fps, int seed, bool realtime, bool withStation, TextWriter output, TextWriter errors, string engine = "native")
        {
            // A bad engine word or a native library that cannot load stops the demo before anything is written.
            RunCommand.EngineChoice(engine);
            folder ??= Path.GetFullPath("bwc-demo-" + DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
            if (Directory.Exists(folder) && Directory.GetFileSystemEntries(folder).Length > 0)
            {
                throw new CommandFailure(ExitCodes.BadInput, $"{folder} is not empty; the demo writes into a new folder");
            }

            ShiftFolders.Prepare(folder, "demo folder");
            string card = Path.Combine(folder, "card");
            Directory.CreateDirectory(card);
            File.WriteAllText(Path.Combine(card, "config.txt"), DemoShift.Config);
            File.WriteAllText(Path.Combine(folder, "demo-shift.txt"), DemoShift.Script);
            ScenarioScript script = ScenarioParser.Parse(DemoShift.Script, "demo-shift.txt");

            string token = "demo-" + Guid.NewGuid().ToString("N").Substring(0, 12);
            ReferenceStationProcess station = null;
            try
            {
                if (withStation)
                {
                    station = ReferenceStationProcess.Start(Path.Combine(folder, "station"), token);
                    output.WriteLine($"reference station listening on {station.Url} (storage {station.Storage})");
                }

                ShiftOptions options = RunCommand.BuildOptions(
                    card, Path.Combine(folder, "report"), station?.Url, token, null, resolution, fps, seed, realtime, engine);
                options.CardCapacityBytes = DemoShift.CardBytes;
                try
                {
                    return RunCommand.RunScript(script, options, output, errors);
                }
                finally
                {
                    output.WriteLine("demo folder: " + folder);
                }
            }
            finally
            {
                station?.Dispose();
            }
        }
    }
}
