namespace BwcFirmware.Simulator.Scripting
{
    /// <summary>One problem found in a script: its line (1-based; 0 for the script as a whole) and what is wrong.</summary>
    /// <param name="Line">The 1-based line, or 0 when the problem is the script as a whole.</param>
    /// <param name="Message">What is wrong, in a few words.</param>
    public sealed record ScenarioError(int Line, string Message)
    {
        /// <summary>"line 12: unknown event 'record.tripple'", or the message alone for a whole-script error.</summary>
        public override string ToString() => Line > 0 ? $"line {Line}: {Message}" : Message;
    }
}
