using System.Collections;

namespace BwcFirmware.Drivers.Board
{
    /// <summary>
    /// A board's pin map as written in hardware/boards/*.pins: one "key = value" a line, '#' starts a comment.
    /// Values are a GPIO number, a comma-separated list of GPIO numbers, "none", or a word (board, chip).
    /// The device reads the file at start-up; the host tests read the same files with this class.
    /// </summary>
    public sealed class BoardPinMap
    {
        /// <summary>A function the board does not wire ("none").</summary>
        public const int NoPin = -1;

        private const string NoneValue = "none";

        private readonly string[] _keys;
        private readonly string[] _values;

        private BoardPinMap(string[] keys, string[] values)
        {
            _keys = keys;
            _values = values;
        }

        /// <summary>Every key in the file, in file order.</summary>
        public string[] Keys
        {
            get
            {
                string[] copy = new string[_keys.Length];
                for (int i = 0; i < _keys.Length; i++)
                {
                    copy[i] = _keys[i];
                }

                return copy;
            }
        }

        /// <summary>
        /// Parses <paramref name="text"/>. On a malformed line or a repeated key gives null and a short problem
        /// naming the line: a board file is never half-applied, because a wrong pin can drive the camera bus.
        /// </summary>
        public static BoardPinMap TryParse(string text, out string problem)
        {
            problem = null;
            if (text == null)
            {
                problem = "no text";
                return null;
            }

            ArrayList keys = new ArrayList();
            ArrayList values = new ArrayList();
            string[] lines = text.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].Trim();
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                int equals = line.IndexOf('=');
                if (equals <= 0)
                {
                    problem = "line " + (i + 1).ToString() + ": expected key = value";
                    return null;
                }

                string key = line.Substring(0, equals).Trim();
                string value = line.Substring(equals + 1).Trim();
                if (keys.IndexOf(key) >= 0)
                {
                    problem = "line " + (i + 1).ToString() + ": repeated key " + key;
                    return null;
                }

                keys.Add(key);
                values.Add(value);
            }

            return new BoardPinMap((string[])keys.ToArray(typeof(string)), (string[])values.ToArray(typeof(string)));
        }

        /// <summary>True when the file has <paramref name="key"/>.</summary>
        public bool Contains(string key)
        {
            return IndexOf(key) >= 0;
        }

        /// <summary>The raw value of <paramref name="key"/>, or null when the file lacks it.</summary>
        public string Text(string key)
        {
            int index = IndexOf(key);
            return index < 0 ? null : _values[index];
        }

        /// <summary>
        /// Reads a single GPIO number: true with the pin, true with <see cref="NoPin"/> for "none", false when
        /// the key is missing or the value is not a number from 0 to 63.
        /// </summary>
        public bool TryGetPin(string key, out int pin)
        {
            pin = NoPin;
            string value = Text(key);
            if (value == null)
            {
                return false;
            }

            if (value == NoneValue)
            {
                return true;
            }

            return TryParsePin(value, out pin);
        }

        /// <summary>A whole number from 0 to 1,000,000 (resistor values, channels); false when missing or not one.</summary>
        public bool TryGetNumber(string key, out int number)
        {
            number = 0;
            string value = Text(key);
            int parsed;
            if (value == null || !int.TryParse(value, out parsed) || parsed < 0 || parsed > 1000000)
            {
                return false;
            }

            number = parsed;
            return true;
        }

        /// <summary>
        /// Reads a comma-separated list of GPIO numbers (an empty value is an empty list); false when the key is
        /// missing or an entry is not a pin number.
        /// </summary>
        public bool TryGetPins(string key, out int[] pins)
        {
            pins = null;
            string value = Text(key);
            if (value == null)
            {
                return false;
            }

            if (value.Length == 0 || value == NoneValue)
            {
                pins = new int[0];
                return true;
            }

            string[] parts = value.Split(',');
            int[] result = new int[parts.Length];
            for (int i = 0; i < parts.Length; i++)
            {
                if (!TryParsePin(parts[i].Trim(), out result[i]))
                {
                    return false;
                }
            }

            pins = result;
            return true;
        }

        private int IndexOf(string key)
        {
            for (int i = 0; i < _keys.Length; i++)
            {
                if (_keys[i] == key)
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool TryParsePin(string value, out int pin)
        {
            pin = NoPin;
            int parsed;
            if (!int.TryParse(value, out parsed) || parsed < 0 || parsed > 63)
            {
                return false;
            }

            pin = parsed;
            return true;
        }
    }
}
