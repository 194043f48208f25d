namespace BwcFirmware.Simulator.Scripting
{
    /// <summary>One line of a scenario script: when, what, and the argument when the event takes one.</summary>
    /// <param name="TimeMs">Milliseconds from the start of the shift.</param>
    /// <param name="Kind">What happens.</param>
    /// <param name="Argument">Battery millivolts for <see cref="ScenarioEventKind.Battery"/>; 0 otherwise.</param>
    /// <param name="Line">The line of the script it came from (1-based), for messages.</param>
    public sealed record ScenarioEvent(long TimeMs, ScenarioEventKind Kind, int Argument, int Line)
    {
        /// <summary>The word the script uses for this event ("record.double").</summary>
        public string Name => ScenarioVocabulary.NameOf(Kind);

        /// <inheritdoc />
        public override string ToString()
        {
            string time = ScenarioTime.Format(TimeMs);
            return Kind == ScenarioEventKind.Battery ? $"{time} {Name} {Argument}" : $"{time} {Name}";
        }
    }
}
