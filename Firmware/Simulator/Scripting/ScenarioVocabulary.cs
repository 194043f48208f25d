using System;
using System.Collections.Generic;

namespace BwcFirmware.Simulator.Scripting
{
    /// <summary>The words a scenario script may use, and which of them take an argument.</summary>
    public static class ScenarioVocabulary
    {
        /// <summary>Lowest battery reading accepted, in millivolts (well below a dead Li-ion cell).</summary>
        public const int MinBatteryMillivolts = 2500;

        /// <summary>Highest battery reading accepted, in millivolts (above a fully charged Li-ion cell).</summary>
        public const int MaxBatteryMillivolts = 4500;

        private static readonly (string Name, ScenarioEventKind Kind)[] s_words =
        {
            ("power.on", ScenarioEventKind.PowerOn),
            ("power.off", ScenarioEventKind.PowerOff),
            ("power.cut", ScenarioEventKind.PowerCut),
            ("record.press", ScenarioEventKind.RecordPress),
            ("record.double", ScenarioEventKind.RecordDouble),
            ("record.hold", ScenarioEventKind.RecordHold),
            ("function.press", ScenarioEventKind.FunctionPress),
            ("function.double", ScenarioEventKind.FunctionDouble),
            ("function.hold", ScenarioEventKind.FunctionHold),
            ("privacy.stop", ScenarioEventKind.PrivacyStop),
            ("holster.draw", ScenarioEventKind.HolsterDraw),
            ("holster.return", ScenarioEventKind.HolsterReturn),
            ("dock", ScenarioEventKind.Dock),
            ("undock", ScenarioEventKind.Undock),
            ("battery", ScenarioEventKind.Battery),
            ("card.remove", ScenarioEventKind.CardRemove),
            ("card.insert", ScenarioEventKind.CardInsert),
            ("card.full", ScenarioEventKind.CardFull),
            ("end", ScenarioEventKind.End),
        };

        /// <summary>Every event word, in the order the documentation lists them.</summary>
        public static IReadOnlyList<string> Names
        {
            get
            {
                var names = new string[s_words.Length];
                for (int i = 0; i < s_words.Length; i++)
                {
                    names[i] = s_words[i].Name;
                }

                return names;
            }
        }

        /// <summary>Finds the event a word names (exact, lower case).</summary>
        public static bool TryParse(string word, out ScenarioEventKind kind)
        {
            foreach (var entry in s_words)
            {
                if (string.Equals(entry.Name, word, StringComparison.Ordinal))
                {
                    kind = entry.Kind;
                    return true;
                }
            }

            kind = default;
            return false;
        }

        /// <summary>The word for <paramref name="kind"/>.</summary>
        public static string NameOf(ScenarioEventKind kind)
        {
            foreach (var entry in s_words)
            {
                if (entry.Kind == kind)
                {
                    return entry.Name;
                }
            }

            throw new ArgumentOutOfRangeException(nameof(kind));
        }

        /// <summary>True when the event needs an argument (only <c>battery</c>).</summary>
        public static bool TakesArgument(ScenarioEventKind kind) => kind == ScenarioEventKind.Battery;
    }
}
