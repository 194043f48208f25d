using System.Collections.Generic;
using System.IO;
using System.Linq;
using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Drivers.Host.Flash;
using BwcFirmware.Drivers.Host.Hashing;
using BwcFirmware.Drivers.Host.Simulated;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Shared.Verification;
using BwcFirmware.Simulator.Output;
using BwcFirmware.Simulator.Scripting;
using BwcFirmware.Simulator.Timeline;

namespace BwcFirmware.Simulator.Simulation
{
    /// <summary>
    /// A whole simulated shift from script to report: plan the script with the card's config, run it, verify
    /// what is on the card (every clip against its manifest, the audit chain), then write the picture and the
    /// summary. The run command, the demo and the end-to-end tests all go through here.
    /// </summary>
    public static class ShiftSession
    {
        /// <summary>Name of the picture in the report folder.</summary>
        public const string PictureName = "timeline.png";

        /// <summary>Name of the summary in the report folder.</summary>
        public const string SummaryName = "summary.txt";

        /// <summary>Runs <paramref name="script"/>; bad lines (e.g. overlapping gestures) throw <see cref="ScenarioParseException"/> before anything runs.</summary>
        public static ShiftOutcome Run(ScenarioScript script, ShiftOptions options, IShiftReporter reporter)
        {
            Directory.CreateDirectory(options.CardDirectory);
            DeviceConfig config = ConfigParser.Load(new DirectoryCardFileSystem(options.CardDirectory, syncToDisk: false)).Config;
            if (config.DeviceId.Length > 0)
            {
                options.DeviceId = config.DeviceId;
            }

            var board = new SimulatedBoard(options.Seed, TimingFor(config));
            ShiftPlan plan = ShiftPlanner.Plan(script, board, new GestureThresholds(config.RecordHoldMs, config.FunctionHoldMs));
            ShiftResult result;
            using (var runner = new ShiftRunner(options, reporter))
            {
                result = runner.Run(plan, board);
            }

            var card = new DirectoryCardFileSystem(options.CardDirectory, syncToDisk: false);
            ShiftSummary summary = ShiftSummary.Build(result, card, options.Fps);
            IReadOnlyList<string> clipProblems = VerifyClips(card);
            VerificationReport evidence;
            using (var sha = new HostSha256())
            {
                // The same checks as 'bwc-sim verify': the chain, every manifest against its anchor, every chunk.
                evidence = options.FlashDirectory == null
                    ? CardVerifier.Verify(card, sha)
                    : CardVerifier.Verify(card, sha, FolderChainHeadStore.LoadFrom(options.FlashDirectory), "the device's internal flash (" + options.FlashDirectory + ")");
            }

            string picture = Path.Combine(options.ReportDirectory, PictureName);
            string summaryPath = Path.Combine(options.ReportDirectory, SummaryName);
            string notes = string.Concat(PreEventNotes.Of(summary).Select(note => note + "\n"));
            result.Engine = options.Engine;
            WriteReport(options.ReportDirectory, result.Timeline, SummaryTable.Plain(summary) + notes + "media engine: " + MediaEngineChoices.Describe(options.Engine) + "\n");
            return new ShiftOutcome
            {
                Result = result,
                Summary = summary,
                ClipProblems = clipProblems,
                Evidence = evidence,
                PicturePath = picture,
                SummaryPath = summaryPath,
            };
        }

        /// <summary>Writes the picture and the summary; on failure removes what was written and throws <see cref="ReportWriteException"/>.</summary>
        private static void WriteReport(string folder, ShiftTimeline timeline, string summaryText)
        {
            string picture = Path.Combine(folder, PictureName);
            string current = PictureName;
            try
            {
                Directory.CreateDirectory(folder);
                using (var painter = new TimelinePainter(timeline))
                {
                    painter.SavePng(picture);
                }

                current = SummaryName;
                File.WriteAllText(Path.Combine(folder, SummaryName), summaryText);
            }
            catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException)
            {
                if (current == SummaryName)
                {
                    // Nothing half-written: a picture without its summary goes too.
                    TryDelete(picture);
                }

                throw new ReportWriteException(folder, current, e);
            }
        }

        private static void TryDelete(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException)
            {
                // The failure being reported says what went wrong with the folder.
            }
        }

        private static OfficerTiming TimingFor(DeviceConfig config)
        {
            var timing = new OfficerTiming();

            // A double press must land inside the configured window, whatever it is.
            int window = config.RecordDoublePressMs;
            if (timing.DoubleGapMaxMs > window * 6 / 10)
            {
                timing.DoubleGapMaxMs = System.Math.Max(config.ButtonDebounceMs + 20, window * 6 / 10);
                timing.DoubleGapMinMs = System.Math.Min(timing.DoubleGapMinMs, timing.DoubleGapMaxMs);
            }

            // A press must outlast the debounce to count at all.
            timing.PressMinMs = System.Math.Max(timing.PressMinMs, config.ButtonDebounceMs + 30);
            timing.PressMaxMs = System.Math.Max(timing.PressMaxMs, timing.PressMinMs);
            return timing;
        }

        private static IReadOnlyList<string> VerifyClips(ICardFileSystem card)
        {
            var problems = new List<string>();
            if (!card.DirectoryExists(CardLayout.ClipsDirectory))
            {
                return problems;
            }

            using var sha = new HostSha256();
            var verifier = new ClipVerifier(card, sha, new byte[64 * 1024]);
            foreach (string clip in card.ListDirectories(CardLayout.ClipsDirectory))
            {
                string directory = CardLayout.ClipsDirectory + "/" + clip;
                foreach (object problem in verifier.Verify(directory, requireClosed: true))
                {
                    problems.Add(directory + ": " + problem);
                }
            }

            return problems;
        }
    }
}
