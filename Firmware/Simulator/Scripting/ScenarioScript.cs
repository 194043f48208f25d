using System.Collections.Generic;

namespace BwcFirmware.Simulator.Scripting
{
    /// <summary>A parsed, checked scenario: the events in time order and when the shift ends.</summary>
    public sealed class ScenarioScript
    {
        /// <summary>Creates a script; only the parser makes them.</summary>
        internal ScenarioScript(string source, IReadOnlyList<ScenarioEvent> events, long endMs, bool endWasScripted)
        {
            Source = source;
            Events = events;
            EndMs = endMs;
            EndWasScripted = endWasScripted;
        }

        /// <summary>Where the script came from (a file name, or "demo").</summary>
        public string Source { get; }

        /// <summary>The events in the order they happen (the <c>end</c> line excluded).</summary>
        public IReadOnlyList<ScenarioEvent> Events { get; }

        /// <summary>When the shift ends, in milliseconds from its start.</summary>
        public long EndMs { get; }

        /// <summary>True when the script said <c>end</c>; false when the end was put after the last event.</summary>
        public bool EndWasScripted { get; }
    }
}
