using System;
using System.Diagnostics;
using System.IO;

namespace BwcFirmware.Simulator.Output
{
    /// <summary>
    /// A live status line for a terminal: redrawn in place at most ten times a second of wall time, with
    /// notes printed above it so they stay in the scroll-back.
    /// </summary>
    public sealed class TerminalStatusReporter : IShiftReporter
    {
        private const long RedrawEveryMs = 100;
        private const string ClearLine = "\r\u001b[2K";
        private readonly TextWriter _out;
        private readonly Stopwatch _wall = Stopwatch.StartNew();
        private long _lastDrawMs = -RedrawEveryMs;
        private ShiftStatus _last;

        /// <summary>Draws on <paramref name="output"/> (a terminal that understands ANSI).</summary>
        public TerminalStatusReporter(TextWriter output)
        {
            _out = output;
        }

        /// <inheritdoc />
        public void Update(ShiftStatus status)
        {
            _last = status;
            long now = _wall.ElapsedMilliseconds;
            if (now - _lastDrawMs >= RedrawEveryMs)
            {
                _lastDrawMs = now;
                Draw(status);
            }
        }

        /// <inheritdoc />
        public void Note(long timeMs, string text)
        {
            _out.Write(ClearLine);
            _out.WriteLine("\u001b[2m" + Scripting.ScenarioTime.FormatSeconds(timeMs) + "\u001b[0m  " + text);
            if (_last != null)
            {
                Draw(_last);
            }
        }

        /// <inheritdoc />
        public void Finish(ShiftStatus status)
        {
            Draw(status);
            _out.WriteLine();
            _out.Flush();
        }

        private void Draw(ShiftStatus status)
        {
            string colour = status.State switch
            {
                "Recording" => "\u001b[1;37;41m",
                "PrivacyMuted" => "\u001b[1;37;45m",
                "PreEventBuffer" => "\u001b[1;37;44m",
                "Off" => "\u001b[1;37;100m",
                _ => "\u001b[1;30;47m",
            };
            string line = StatusText.Line(status);
            int width = SafeWidth();
            if (line.Length > width - 1)
            {
                line = line.Substring(0, width - 1);
            }

            // Colour the state word only: the rest stays readable on any theme.
            int stateStart = 10;
            int stateEnd = Math.Min(line.Length, stateStart + 9);
            string coloured = line.Length > stateStart
                ? line.Substring(0, stateStart) + colour + line.Substring(stateStart, stateEnd - stateStart) + "\u001b[0m" + line.Substring(stateEnd)
                : line;
            _out.Write(ClearLine + coloured);
            _out.Flush();
        }

        private static int SafeWidth()
        {
            try
            {
                int width = Console.WindowWidth;
                return width > 20 ? width : 120;
            }
            catch (IOException)
            {
                return 120;
            }
        }
    }
}
