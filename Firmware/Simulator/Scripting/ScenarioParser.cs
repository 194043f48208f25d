using System;
using System.Collections.Generic;
using System.Globalization;

namespace BwcFirmware.Simulator.Scripting
{
    /// <summary>
    /// Reads a scenario script: one event per line, <c>&lt;time&gt; &lt;event&gt; [argument]</c>, time
    /// <c>[hh:]mm:ss[.fff]</c> from the start of the shift, <c>#</c> starts a comment. Every line is checked
    /// before anything runs: syntax, arguments, time order, and what the physical world allows (a camera
    /// that is off cannot be switched off, a card that is out cannot be pulled, nothing follows <c>end</c>).
    /// </summary>
    public static class ScenarioParser
    {
        /// <summary>Without an <c>end</c> line the shift ends this long after the last event.</summary>
        public const long DefaultTailMs = 10_000;

        /// <summary>Parses <paramref name="text"/>; throws <see cref="ScenarioParseException"/> listing every bad line.</summary>
        public static ScenarioScript Parse(string text, string source)
        {
            ArgumentNullException.ThrowIfNull(text);
            var errors = new List<ScenarioError>();
            var events = new List<ScenarioEvent>();
            var world = new WorldState();
            long lastTimeMs = 0;
            long? endMs = null;
            int endLine = 0;

            string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                int lineNumber = i + 1;
                string content = StripComment(lines[i]);
                if (content.Length == 0)
                {
                    continue;
                }

                ScenarioEvent parsed = ParseLine(content, lineNumber, errors);
                if (parsed == null)
                {
                    continue;
                }

                if (endMs.HasValue)
                {
                    errors.Add(new ScenarioError(lineNumber, $"'{parsed.Name}' after 'end' (line {endLine})"));
                    continue;
                }

                if (parsed.TimeMs < lastTimeMs)
                {
                    errors.Add(new ScenarioError(
                        lineNumber,
                        $"time {ScenarioTime.Format(parsed.TimeMs)} goes back before {ScenarioTime.Format(lastTimeMs)}"));
                    continue;
                }

                lastTimeMs = parsed.TimeMs;
                string impossible = world.Apply(parsed.Kind);
                if (impossible != null)
                {
                    errors.Add(new ScenarioError(lineNumber, impossible));
                    continue;
                }

                if (parsed.Kind == ScenarioEventKind.End)
                {
                    endMs = parsed.TimeMs;
                    endLine = lineNumber;
                    continue;
                }

                events.Add(parsed);
            }

            if (errors.Count == 0 && !world.EverPoweredOn)
            {
                errors.Add(new ScenarioError(0, "the script never switches the camera on (no 'power.on')"));
            }

            if (errors.Count > 0)
            {
                throw new ScenarioParseException(source, errors);
            }

            bool scriptedEnd = endMs.HasValue;
            long end = endMs ?? lastTimeMs + DefaultTailMs;
            return new ScenarioScript(source, events, end, scriptedEnd);
        }

        private static string StripComment(string line)
        {
            int hash = line.IndexOf('#');
            return (hash >= 0 ? line.Substring(0, hash) : line).Trim();
        }

        private static ScenarioEvent ParseLine(string content, int lineNumber, List<ScenarioError> errors)
        {
            string[] tokens = content.Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length < 2)
            {
                errors.Add(new ScenarioError(lineNumber, $"expected '<time> <event> [argument]', got '{content}'"));
                return null;
            }

            if (!ScenarioTime.TryParse(tokens[0], out long timeMs, out string timeError))
            {
                errors.Add(new ScenarioError(lineNumber, timeError));
                return null;
            }

            if (!ScenarioVocabulary.TryParse(tokens[1], out ScenarioEventKind kind))
            {
                errors.Add(new ScenarioError(
                    lineNumber,
                    $"unknown event '{tokens[1]}' (known: {string.Join(", ", ScenarioVocabulary.Names)})"));
                return null;
            }

            int argument = 0;
            if (ScenarioVocabulary.TakesArgument(kind))
            {
                if (tokens.Length < 3)
                {
                    errors.Add(new ScenarioError(lineNumber, $"'{tokens[1]}' needs its millivolts (e.g. '{tokens[1]} 3700')"));
                    return null;
                }

                if (!int.TryParse(tokens[2], NumberStyles.None, CultureInfo.InvariantCulture, out argument)
                    || argument < ScenarioVocabulary.MinBatteryMillivolts
                    || argument > ScenarioVocabulary.MaxBatteryMillivolts)
                {
                    errors.Add(new ScenarioError(
                        lineNumber,
                        $"battery millivolts must be a whole number {ScenarioVocabulary.MinBatteryMillivolts}-{ScenarioVocabulary.MaxBatteryMillivolts}, got '{tokens[2]}'"));
                    return null;
                }
            }

            int expected = ScenarioVocabulary.TakesArgument(kind) ? 3 : 2;
            if (tokens.Length > expected)
            {
                errors.Add(new ScenarioError(lineNumber, $"unexpected '{tokens[expected]}' after '{tokens[1]}'"));
                return null;
            }

            return new ScenarioEvent(timeMs, kind, argument, lineNumber);
        }

        /// <summary>What the physical world looks like at a line, so impossible lines are caught before running.</summary>
        private sealed class WorldState
        {
            private bool _poweredOn;
            private bool _docked;
            private bool _drawn;
            private bool _cardIn = true;

            public bool EverPoweredOn { get; private set; }

            /// <summary>Applies the event; returns why it cannot happen, or null.</summary>
            public string Apply(ScenarioEventKind kind)
            {
                switch (kind)
                {
                    case ScenarioEventKind.PowerOn:
                        if (_poweredOn)
                        {
                            return "'power.on' while the camera is already on";
                        }

                        _poweredOn = true;
                        EverPoweredOn = true;
                        return null;
                    case ScenarioEventKind.PowerOff:
                    case ScenarioEventKind.PowerCut:
                        if (!_poweredOn)
                        {
                            return $"'{ScenarioVocabulary.NameOf(kind)}' while the camera is off";
                        }

                        _poweredOn = false;
                        return null;
                    case ScenarioEventKind.Dock:
                        return Toggle(ref _docked, true, "'dock' while the camera is already docked");
                    case ScenarioEventKind.Undock:
                        return Toggle(ref _docked, false, "'undock' while the camera is not docked");
                    case ScenarioEventKind.HolsterDraw:
                        return Toggle(ref _drawn, true, "'holster.draw' while the weapon is already drawn");
                    case ScenarioEventKind.HolsterReturn:
                        return Toggle(ref _drawn, false, "'holster.return' while the weapon is already holstered");
                    case ScenarioEventKind.CardRemove:
                        return Toggle(ref _cardIn, false, "'card.remove' while no card is in");
                    case ScenarioEventKind.CardInsert:
                        return Toggle(ref _cardIn, true, "'card.insert' while a card is in");
                    case ScenarioEventKind.CardFull:
                        return _cardIn ? null : "'card.full' while no card is in";
                    default:
                        return null;
                }
            }

            private static string Toggle(ref bool state, bool wanted, string whenAlready)
            {
                if (state == wanted)
                {
                    return whenAlready;
                }

                state = wanted;
                return null;
            }
        }
    }
}
