using System;

namespace BwcFirmware.Simulator.Commands
{
    /// <summary>A command cannot go on; <see cref="Exception.Message"/> is the one-line reason printed.</summary>
    public sealed class CommandFailure : Exception
    {
        /// <summary>Creates the failure with its exit code (non-zero).</summary>
        public CommandFailure(int exitCode, string reason)
            : base(reason)
        {
            ExitCode = exitCode == 0 ? 1 : exitCode;
        }

        /// <summary>The process exit code.</summary>
        public int ExitCode { get; }
    }
}
