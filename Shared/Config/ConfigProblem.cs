namespace BwcFirmware.Shared.Config
{
    /// <summary>One thing wrong in config.txt; the default (or the earlier value) was used instead.</summary>
    public sealed class ConfigProblem
    {
        /// <summary>Creates a problem report.</summary>
        public ConfigProblem(int lineNumber, string key, string message)
        {
            LineNumber = lineNumber;
            Key = key ?? string.Empty;
            Message = message ?? string.Empty;
        }

        /// <summary>1-based line in the file; 0 when the problem is about the whole file.</summary>
        public int LineNumber { get; }

        /// <summary>The key concerned, lower-case; empty when the line had none.</summary>
        public string Key { get; }

        /// <summary>What was wrong and what was used instead. Never contains a secret value.</summary>
        public string Message { get; }

        /// <summary>"config.txt:12 pre_event_seconds: must be 0-120; default 30 used".</summary>
        public override string ToString()
        {
            return "config.txt:" + LineNumber.ToString() + (Key.Length > 0 ? " " + Key : string.Empty) + ": " + Message;
        }
    }
}
