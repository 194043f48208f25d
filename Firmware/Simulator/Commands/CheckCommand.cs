using System;
using System.CommandLine;
using System.IO;
using BwcFirmware.Drivers.Host.Simulated;
using BwcFirmware.Simulator.Scripting;
using BwcFirmware.Simulator.Simulation;

namespace BwcFirmware.Simulator.Commands
{
    /// <summary>
    /// <c>check --script FILE</c>: parses and plans a script without running the firmware; with
    /// <c>--edges</c> lists the GPIO edges (bounce included) the simulated board will produce.
    /// </summary>
    public static class CheckCommand
    {
        /// <summary>Creates the command.</summary>
        public static Command Create()
        {
            var script = new Option<FileInfo>("--script") { Description = "The scenario script to check.", Required = true };
            var seed = new Option<int>("--seed") { Description = "Seed for press lengths and contact bounce.", DefaultValueFactory = _ => 1 };
            var edges = new Option<bool>("--edges") { Description = "List every GPIO edge the board will produce." };
            var command = new Command("check", "Check a scenario script (every bad line is reported with its number) and show what it does.")
            {
                script,
                seed,
                edges,
            };
            command.SetAction(result => SimulatorCommandLine.Guard(() => Check(
                result.GetValue(script).FullName,
                result.GetValue(seed),
                result.GetValue(edges),
                Console.Out,
                Console.Error)));
            return command;
        }

        /// <summary>Checks the script at <paramref name="path"/> and describes it on <paramref name="output"/>.</summary>
        public static int Check(string path, int seed, bool listEdges, TextWriter output, TextWriter errors)
        {
            ScenarioScript parsed = ScriptLoader.Load(path, errors);
            var board = new SimulatedBoard(seed);
            ShiftPlan plan;
            try
            {
                plan = ShiftPlanner.Plan(parsed, board, GestureThresholds.Default);
            }
            catch (ScenarioParseException e)
            {
                throw ScriptLoader.Report(e, errors);
            }

            foreach (ScenarioEvent e in parsed.Events)
            {
                output.WriteLine($"line {e.Line,4}  {e}");
            }

            string end = parsed.EndWasScripted ? "end" : $"end (no 'end' line: {ScenarioParser.DefaultTailMs / 1000} s after the last event)";
            output.WriteLine($"           {ScenarioTime.Format(parsed.EndMs)} {end}");

            int edgeCount = 0;
            while (board.TryTakeEdge(long.MaxValue - 1, out PinEdge edge))
            {
                edgeCount++;
                if (listEdges)
                {
                    output.WriteLine($"  edge {ScenarioTime.Format(edge.TimeMs)} {edge.Input,-15} {(edge.Active ? "active" : "inactive")}");
                }
            }

            output.WriteLine($"{parsed.Source}: ok, {parsed.Events.Count} events, {plan.Actions.Count} power/battery/card actions, {edgeCount} GPIO edges with bounce, shift {ScenarioTime.FormatSeconds(parsed.EndMs)} long");
            return ExitCodes.Ok;
        }
    }
}
