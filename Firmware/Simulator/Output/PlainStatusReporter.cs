using System.IO;
using BwcFirmware.Simulator.Scripting;

namespace BwcFirmware.Simulator.Output
{
    /// <summary>
    /// Status for logs and pipes: one line per note, and the status line once a simulated minute (and when
    /// the state changes), never redrawn in place.
    /// </summary>
    public sealed class PlainStatusReporter : IShiftReporter
    {
        private const long StatusEveryMs = 60_000;
        private readonly TextWriter _out;
        private long _nextStatusMs;
        private string _lastState;

        /// <summary>Writes to <paramref name="output"/>.</summary>
        public PlainStatusReporter(TextWriter output)
        {
            _out = output;
        }

        /// <inheritdoc />
        public void Update(ShiftStatus status)
        {
            if (status.TimeMs >= _nextStatusMs || status.State != _lastState)
            {
                _nextStatusMs = (status.TimeMs / StatusEveryMs + 1) * StatusEveryMs;
                _lastState = status.State;
                _out.WriteLine("status " + StatusText.Line(status));
            }
        }

        /// <inheritdoc />
        public void Note(long timeMs, string text)
        {
            _out.WriteLine(ScenarioTime.FormatSeconds(timeMs) + "  " + text);
        }

        /// <inheritdoc />
        public void Finish(ShiftStatus status)
        {
            _out.WriteLine("status " + StatusText.Line(status));
            _out.Flush();
        }
    }
}
