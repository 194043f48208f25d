using System.IO;
using BwcFirmware.Simulator.Scripting;

namespace BwcFirmware.Simulator.Commands
{
    /// <summary>Reads and parses a script file, turning every problem into a <see cref="CommandFailure"/>.</summary>
    public static class ScriptLoader
    {
        /// <summary>Loads <paramref name="path"/>; bad lines are written to stderr, one per line, before the failure.</summary>
        public static ScenarioScript Load(string path, TextWriter errors)
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (IOException e)
            {
                throw new CommandFailure(ExitCodes.BadInput, $"cannot read script {path}: {e.Message}");
            }
            catch (System.UnauthorizedAccessException e)
            {
                throw new CommandFailure(ExitCodes.BadInput, $"cannot read script {path}: {e.Message}");
            }

            return Parse(text, Path.GetFileName(path), errors);
        }

        /// <summary>Parses script text; on bad lines writes each to <paramref name="errors"/> and fails.</summary>
        public static ScenarioScript Parse(string text, string source, TextWriter errors)
        {
            try
            {
                return ScenarioParser.Parse(text, source);
            }
            catch (ScenarioParseException e)
            {
                throw Report(e, errors);
            }
        }

        /// <summary>Writes every error of <paramref name="e"/> and returns the failure to throw.</summary>
        public static CommandFailure Report(ScenarioParseException e, TextWriter errors)
        {
            foreach (ScenarioError error in e.Errors)
            {
                errors.WriteLine($"{e.Source}: {error}");
            }

            string count = e.Errors.Count == 1 ? "1 bad line" : $"{e.Errors.Count} bad lines";
            string first = e.Errors[0].Line > 0 ? $" (first at line {e.Errors[0].Line})" : string.Empty;
            return new CommandFailure(ExitCodes.BadInput, $"{e.Source}: {count}{first}, nothing ran");
        }
    }
}
