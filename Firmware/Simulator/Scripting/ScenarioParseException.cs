using System;
using System.Collections.Generic;

namespace BwcFirmware.Simulator.Scripting
{
    /// <summary>The script has at least one bad line; nothing of it may run.</summary>
    public sealed class ScenarioParseException : Exception
    {
        /// <summary>Creates the exception for <paramref name="errors"/> found in <paramref name="source"/>.</summary>
        public ScenarioParseException(string source, IReadOnlyList<ScenarioError> errors)
            : base(Describe(source, errors))
        {
            Source = source;
            Errors = errors;
        }

        /// <summary>Where the script came from (its file name), for messages.</summary>
        public new string Source { get; }

        /// <summary>Every problem found, in line order.</summary>
        public IReadOnlyList<ScenarioError> Errors { get; }

        private static string Describe(string source, IReadOnlyList<ScenarioError> errors)
        {
            string first = errors.Count > 0 ? errors[0].ToString() : "no error";
            string more = errors.Count > 1 ? $" (and {errors.Count - 1} more)" : string.Empty;
            return $"{source}: {first}{more}";
        }
    }
}
