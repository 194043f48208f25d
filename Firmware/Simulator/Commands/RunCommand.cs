using System;
using System.CommandLine;
using System.IO;
using BwcFirmware.Drivers.Host.NativeMedia;
using BwcFirmware.Simulator.Output;
using BwcFirmware.Simulator.Scripting;
using BwcFirmware.Simulator.Simulation;

namespace BwcFirmware.Simulator.Commands
{
    /// <summary><c>run --script FILE --card DIR [...]</c>: a scripted shift on the simulated board.</summary>
    public static class RunCommand
    {
        /// <summary>Creates the command.</summary>
        public static Command Create()
        {
            var script = new Option<FileInfo>("--script") { Description = "The scenario script (one event per line: <time> <event> [argument]).", Required = true };
            var card = new Option<DirectoryInfo>("--card") { Description = "Folder that stands for the SD card (created when missing).", Required = true };
            var station = new Option<string>("--station") { Description = "The station's tus endpoint (e.g. http://127.0.0.1:1080/files/); without it docking does not sync." };
            var token = new Option<string>("--token") { Description = "Device credential sent as a bearer token to the station." };
            var ca = new Option<FileInfo>("--ca") { Description = "PEM file of the station's CA to pin (HTTPS)." };
            var resolution = new Option<string>("--resolution") { Description = "Camera frame size WxH.", DefaultValueFactory = _ => "640x480" };
            var fps = new Option<int>("--fps") { Description = "Camera frames per second.", DefaultValueFactory = _ => ShiftOptions.DefaultFps };
            var seed = new Option<int>("--seed") { Description = "Seed for press lengths, contact bounce, ADC noise and the scene.", DefaultValueFactory = _ => 1 };
            var realtime = new Option<bool>("--realtime") { Description = "Run at real-time speed instead of as fast as possible." };
            var report = new Option<DirectoryInfo>("--report") { Description = "Where the timeline picture and summary go (default: <card>-report next to the card)." };
            var engine = EngineOption();
            var flash = new Option<DirectoryInfo>("--flash") { Description = "Folder standing for the device's internal flash, kept across power cycles (default: <card>-flash next to the card)." };
            var command = new Command("run", "Run a scripted shift on the simulated board.")
            {
                script, card, station, token, ca, resolution, fps, seed, realtime, report, flash, engine,
            };
            command.SetAction(result => SimulatorCommandLine.Guard(() =>
            {
                ShiftOptions options = BuildOptions(
                    result.GetValue(card).FullName,
                    result.GetValue(report)?.FullName,
                    StationUri(result.GetValue(station)),
                    result.GetValue(token),
                    result.GetValue(ca)?.FullName,
                    result.GetValue(resolution),
                    result.GetValue(fps),
                    result.GetValue(seed),
                    result.GetValue(realtime),
                    result.GetValue(engine));
                options.FlashDirectory = result.GetValue(flash)?.FullName ?? options.FlashDirectory;
                return Run(result.GetValue(script).FullName, options, Console.Out, Console.Error);
            }));
            return command;
        }

        /// <summary>The <c>--engine</c> option (run and demo).</summary>
        public static Option<string> EngineOption() => new Option<string>("--engine")
        {
            Description = "The per-frame media path: native (the C path through P/Invoke, as on the device) or managed (the reference engine).",
            DefaultValueFactory = _ => "native",
        };

        /// <summary>
        /// The --engine word as a choice; a bad word fails with exit 2, a native engine whose library cannot load
        /// with exit 3, each with a one-line reason.
        /// </summary>
        public static MediaEngineChoice EngineChoice(string text)
        {
            if (!MediaEngineChoices.TryParse(text, out MediaEngineChoice choice))
            {
                throw new CommandFailure(ExitCodes.BadInput, $"--engine {text}: expected {MediaEngineChoices.Words}");
            }

            if (choice == MediaEngineChoice.Native)
            {
                try
                {
                    NativeFramePathFactory.EnsureAvailable();
                }
                catch (InvalidOperationException e)
                {
                    throw new CommandFailure(ExitCodes.Environment, "--engine native: " + e.Message + " (or run with --engine managed)");
                }
            }

            return choice;
        }

        /// <summary>The --station text as an absolute URL (null when not given); anything else fails with a one-line reason.</summary>
        public static Uri StationUri(string text)
        {
            if (text == null)
            {
                return null;
            }

            if (!Uri.TryCreate(text, UriKind.Absolute, out Uri uri))
            {
                throw new CommandFailure(ExitCodes.BadInput, $"--station {text} is not an http(s) URL");
            }

            return uri;
        }

        /// <summary>Checks the option values and gathers them; bad ones fail with a one-line reason.</summary>
        public static ShiftOptions BuildOptions(
            string cardDirectory, string reportDirectory, Uri station, string token, string caFile,
            string resolution, int fps, int seed, bool realtime, string engine = "native")
        {
            MediaEngineChoice engineChoice = EngineChoice(engine);
            if (!ShiftOptions.TryParseResolution(resolution, out int width, out int height, out string error))
            {
                throw new CommandFailure(ExitCodes.BadInput, error);
            }

            if (fps < 1 || fps > 60)
            {
                throw new CommandFailure(ExitCodes.BadInput, $"--fps {fps} out of range (1-60)");
            }

            if (station != null && (!station.IsAbsoluteUri || (station.Scheme != Uri.UriSchemeHttp && station.Scheme != Uri.UriSchemeHttps)))
            {
                throw new CommandFailure(ExitCodes.BadInput, $"--station {station} is not an http(s) URL");
            }

            if (caFile != null && !File.Exists(caFile))
            {
                throw new CommandFailure(ExitCodes.BadInput, $"--ca {caFile} does not exist");
            }

            string trimmedCard = Path.TrimEndingDirectorySeparator(cardDirectory);
            return new ShiftOptions
            {
                CardDirectory = trimmedCard,
                ReportDirectory = reportDirectory ?? trimmedCard + "-report",
                FlashDirectory = trimmedCard + "-flash",
                StationUrl = station,
                Token = token,
                CaFile = caFile,
                Width = width,
                Height = height,
                Fps = fps,
                Seed = seed,
                RealTime = realtime,
                Engine = engineChoice,
            };
        }

        /// <summary>Runs the script at <paramref name="scriptPath"/> with <paramref name="options"/>.</summary>
        public static int Run(string scriptPath, ShiftOptions options, TextWriter output, TextWriter errors)
        {
            ScenarioScript script = ScriptLoader.Load(scriptPath, errors);
            return RunScript(script, options, output, errors);
        }

        /// <summary>Runs a parsed script, prints the report, and turns a failed check into a non-zero exit.</summary>
        public static int RunScript(ScenarioScript script, ShiftOptions options, TextWriter output, TextWriter errors)
        {
            bool interactive = ReferenceEquals(output, Console.Out) && ShiftConsole.IsInteractive;
            ShiftFolders.PrepareShift(options.CardDirectory, options.ReportDirectory);
            ShiftOutcome outcome;
            try
            {
                outcome = ShiftSession.Run(script, options, ShiftConsole.ReporterFor(output, interactive));
            }
            catch (ScenarioParseException e)
            {
                throw ScriptLoader.Report(e, errors);
            }
            catch (ReportWriteException e)
            {
                throw new CommandFailure(ExitCodes.Environment, $"report folder {e.Folder}: cannot write {e.FileName}: {ShiftFolders.Cause(e.InnerException)}");
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new CommandFailure(ExitCodes.Environment, $"card folder {options.CardDirectory}: {ShiftFolders.Cause(e)}");
            }

            ShiftConsole.PrintReport(outcome, output, interactive);
            if (!outcome.Verified)
            {
                string why = outcome.ClipProblems.Count > 0 ? outcome.ClipProblems[0] : outcome.Evidence.Summary();
                throw new CommandFailure(ExitCodes.ShiftFailed, "the card does not verify after the shift: " + why);
            }

            return ExitCodes.Ok;
        }
    }
}
