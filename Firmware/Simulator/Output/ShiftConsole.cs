using System;
using System.IO;
using System.Linq;
using BwcFirmware.Simulator.Simulation;
using Spectre.Console;

namespace BwcFirmware.Simulator.Output
{
    /// <summary>Picks the live status line on a terminal and plain lines elsewhere, and prints the end-of-shift report.</summary>
    public static class ShiftConsole
    {
        /// <summary>True when stdout is a terminal that understands ANSI escapes.</summary>
        public static bool IsInteractive =>
            !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Ansi && Environment.GetEnvironmentVariable("TERM") != "dumb";

        /// <summary>The reporter for <paramref name="output"/>: live when interactive, plain otherwise.</summary>
        public static IShiftReporter ReporterFor(TextWriter output, bool interactive)
        {
            return interactive ? new TerminalStatusReporter(output) : new PlainStatusReporter(output);
        }

        /// <summary>Prints the summary table, the checks and where the picture is.</summary>
        public static void PrintReport(ShiftOutcome outcome, TextWriter output, bool interactive)
        {
            if (interactive)
            {
                SummaryTable.Write(AnsiConsole.Console, outcome.Summary);
            }
            else
            {
                output.Write(SummaryTable.Plain(outcome.Summary));
            }

            foreach (string note in PreEventNotes.Of(outcome.Summary))
            {
                output.WriteLine(note);
            }

            ShiftResult result = outcome.Result;
            double speed = result.WallTime.TotalMilliseconds > 0 ? result.EndMs / result.WallTime.TotalMilliseconds : 0;
            output.WriteLine($"shift {Scripting.ScenarioTime.FormatSeconds(result.EndMs)} simulated in {result.WallTime.TotalSeconds:0.0} s ({speed:0.0}x real time), {result.Boots} boot(s), {result.PowerCuts} power cut(s), {result.FramesDropped} frame(s) dropped, media engine {Simulation.MediaEngineChoices.Describe(result.Engine)}");
            if (result.SyncStatus != null)
            {
                int closed = outcome.Summary.Clips.Count(c => c.IsClosedOnCard);
                int confirmed = outcome.Summary.Clips.Count(c => c.Confirmed);
                int freed = outcome.Summary.Clips.Count(c => c.Freed);
                output.WriteLine($"sync: {Timeline.TimelinePainter.FormatBytes(result.SyncSentBytes)} sent to the station, {confirmed} of {closed} closed clip(s) confirmed, "
                    + $"{freed} freed (retention deletes confirmed clips only when the card needs the space), last status {result.SyncStatus}");
            }

            output.WriteLine(outcome.ClipProblems.Count == 0
                ? "clips on the card: every chunk matches its manifest"
                : $"clips on the card: {outcome.ClipProblems.Count} problem(s): " + string.Join("; ", outcome.ClipProblems));
            output.WriteLine("evidence check (as bwc-sim verify): " + outcome.Evidence.Summary());
            for (int i = 0; i < outcome.Evidence.Count; i++)
            {
                Shared.Verification.VerificationFinding finding = outcome.Evidence.Get(i);
                if (finding.Severity == Shared.Verification.FindingSeverity.Failure)
                {
                    output.WriteLine("  " + finding.Describe());
                }
            }
            output.WriteLine("timeline picture: " + outcome.PicturePath);
            output.WriteLine("summary: " + outcome.SummaryPath);
        }
    }
}
