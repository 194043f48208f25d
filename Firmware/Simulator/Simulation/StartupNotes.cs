using System;
using BwcFirmware.Shared.Loop;
using BwcFirmware.Simulator.Output;

namespace BwcFirmware.Simulator.Simulation
{
    /// <summary>The loop's start-up lines as the shift's notes, at shift time.</summary>
    public sealed class StartupNotes : IStartupLog
    {
        private readonly IShiftReporter _reporter;
        private readonly Func<long> _shiftNowMs;

        /// <summary>Notes to <paramref name="reporter"/> at the time <paramref name="shiftNowMs"/> gives.</summary>
        public StartupNotes(IShiftReporter reporter, Func<long> shiftNowMs)
        {
            _reporter = reporter;
            _shiftNowMs = shiftNowMs;
        }

        /// <inheritdoc />
        public void Note(string text) => _reporter.Note(_shiftNowMs(), text);

        /// <inheritdoc />
        public void Problem(string text) => _reporter.Note(_shiftNowMs(), "problem: " + text);
    }
}
