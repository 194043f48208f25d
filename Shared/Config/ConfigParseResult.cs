using System.Collections;

namespace BwcFirmware.Shared.Config
{
    /// <summary>The settings read from config.txt and everything that was wrong with it.</summary>
    public sealed class ConfigParseResult
    {
        private readonly ArrayList _problems = new ArrayList();

        /// <summary>Creates a result around <paramref name="config"/> with no problems yet.</summary>
        public ConfigParseResult(DeviceConfig config)
        {
            Config = config;
        }

        /// <summary>The settings to use: every good value from the file, defaults for the rest.</summary>
        public DeviceConfig Config { get; }

        /// <summary>How many problems were found.</summary>
        public int ProblemCount
        {
            get { return _problems.Count; }
        }

        /// <summary>Problem <paramref name="index"/>, in file order.</summary>
        public ConfigProblem ProblemAt(int index)
        {
            return (ConfigProblem)_problems[index];
        }

        /// <summary>Whether the file had no problems at all.</summary>
        public bool IsClean
        {
            get { return _problems.Count == 0; }
        }

        internal void Report(int lineNumber, string key, string message)
        {
            _problems.Add(new ConfigProblem(lineNumber, key, message));
        }
    }
}
