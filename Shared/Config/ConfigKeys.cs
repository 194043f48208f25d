namespace BwcFirmware.Shared.Config
{
    /// <summary>
    /// The keys config.txt may hold and how each value is checked and applied. One case per key: adding a
    /// setting means a property on <see cref="DeviceConfig"/> and a case here.
    /// </summary>
    public static class ConfigKeys
    {
        /// <summary>Longest accepted text value (ids, URL, secrets).</summary>
        public const int MaxTextLength = 256;

        /// <summary>
        /// Applies <paramref name="value"/> (already trimmed, quotes removed) to <paramref name="config"/>.
        /// Returns false for an unknown key. For a known key with a bad value, leaves the setting alone and
        /// sets <paramref name="problem"/> to a short reason that never repeats the value.
        /// </summary>
        public static bool TryApply(DeviceConfig config, string key, string value, out string problem)
        {
            problem = null;
            int number;
            bool flag;
            switch (key)
            {
                case "pre_event_seconds":
                    if (ReadInt(value, 0, 120, out number, out problem)) { config.PreEventSeconds = number; }
                    return true;
                case "pre_event_audio":
                    if (ReadBool(value, out flag, out problem)) { config.PreEventAudio = flag; }
                    return true;
                case "button_debounce_ms":
                    if (ReadInt(value, 5, 200, out number, out problem)) { config.ButtonDebounceMs = number; }
                    return true;
                case "record_double_press_ms":
                    if (ReadInt(value, 100, 2000, out number, out problem)) { config.RecordDoublePressMs = number; }
                    return true;
                case "record_hold_ms":
                    if (ReadInt(value, 500, 10000, out number, out problem)) { config.RecordHoldMs = number; }
                    return true;
                case "function_hold_ms":
                    if (ReadInt(value, 500, 10000, out number, out problem)) { config.FunctionHoldMs = number; }
                    return true;
                case "sensor_debounce_ms":
                    if (ReadInt(value, 5, 1000, out number, out problem)) { config.SensorDebounceMs = number; }
                    return true;
                case "dock_debounce_ms":
                    if (ReadInt(value, 1000, 10000, out number, out problem)) { config.DockDebounceMs = number; }
                    return true;
                case "stealth":
                    if (ReadBool(value, out flag, out problem)) { config.Stealth = flag; }
                    return true;
                case "stealth_haptic":
                    if (ReadBool(value, out flag, out problem)) { config.StealthHaptic = flag; }
                    return true;
                case "holster_auto_start":
                    if (ReadBool(value, out flag, out problem)) { config.HolsterAutoStart = flag; }
                    return true;
                case "sensitive_gesture":
                    if (SensitiveGestures.IsKnown(value)) { config.SensitiveGesture = value; }
                    else { problem = "must be function.double, function.press or off"; }
                    return true;
                case "reminder_seconds":
                    if (ReadInt(value, 0, 3600, out number, out problem))
                    {
                        if (number != 0 && number < 10)
                        {
                            problem = "must be 0 (off) or 10-3600";
                        }
                        else
                        {
                            config.ReminderSeconds = number;
                        }
                    }

                    return true;
                case "battery_low_percent":
                    if (ReadInt(value, 1, 50, out number, out problem)) { config.BatteryLowPercent = number; }
                    return true;
                case "battery_critical_percent":
                    if (ReadInt(value, 0, 30, out number, out problem)) { config.BatteryCriticalPercent = number; }
                    return true;
                case "battery_curve":
                    BatteryCurve curve = BatteryCurve.TryParse(value, out problem);
                    if (curve != null) { config.BatteryCurve = curve; }
                    return true;
                case "device_id":
                    if (ReadText(value, false, out problem)) { config.DeviceId = value; }
                    return true;
                case "officer_id":
                    if (ReadText(value, false, out problem)) { config.OfficerId = value; }
                    return true;
                case "chunk_seconds":
                    if (ReadInt(value, 1, 60, out number, out problem)) { config.ChunkSeconds = number; }
                    return true;
                case "flush_interval_ms":
                    if (ReadInt(value, 100, 10000, out number, out problem)) { config.FlushIntervalMs = number; }
                    return true;
                case "sync_piece_bytes":
                    if (ReadInt(value, 4096, 16777216, out number, out problem)) { config.SyncPieceBytes = number; }
                    return true;
                case "station_url":
                    if (ReadText(value, true, out problem))
                    {
                        if (value.Length > 0 && !value.StartsWith("http://") && !value.StartsWith("https://"))
                        {
                            problem = "must start with http:// or https://";
                        }
                        else
                        {
                            config.StationUrl = value;
                        }
                    }

                    return true;
                case "station_token":
                    if (ReadText(value, true, out problem)) { config.StationToken = value; }
                    return true;
                case "wifi_ssid":
                    if (ReadText(value, true, out problem)) { config.WifiSsid = value; }
                    return true;
                case "wifi_password":
                    if (ReadText(value, true, out problem)) { config.WifiPassword = value; }
                    return true;
                default:
                    return false;
            }
        }

        private static bool ReadInt(string value, int min, int max, out int number, out string problem)
        {
            problem = null;
            if (!int.TryParse(value, out number))
            {
                // All digits but past int's range is a number out of range, not a word.
                string range = "must be " + min.ToString() + "-" + max.ToString();
                problem = !IsDigits(value) ? "not a whole number" : value[0] == '-' ? "too small (" + range + ")" : "too large (" + range + ")";
                return false;
            }

            if (number < min || number > max)
            {
                problem = "must be " + min.ToString() + "-" + max.ToString();
                return false;
            }

            return true;
        }

        private static bool IsDigits(string value)
        {
            int start = value.Length > 0 && (value[0] == '-' || value[0] == '+') ? 1 : 0;
            if (start >= value.Length)
            {
                return false;
            }

            for (int i = start; i < value.Length; i++)
            {
                if (value[i] < '0' || value[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool ReadBool(string value, out bool flag, out string problem)
        {
            problem = null;
            switch (value.ToLower())
            {
                case "true":
                case "yes":
                case "on":
                case "1":
                    flag = true;
                    return true;
                case "false":
                case "no":
                case "off":
                case "0":
                    flag = false;
                    return true;
                default:
                    flag = false;
                    problem = "must be on or off";
                    return false;
            }
        }

        private static bool ReadText(string value, bool mayBeEmpty, out string problem)
        {
            problem = null;
            if (value.Length == 0 && !mayBeEmpty)
            {
                problem = "must not be empty";
                return false;
            }

            if (value.Length > MaxTextLength)
            {
                problem = "longer than " + MaxTextLength.ToString() + " characters";
                return false;
            }

            for (int i = 0; i < value.Length; i++)
            {
                if (value[i] < ' ' || value[i] == '\u007f')
                {
                    problem = "contains a control character";
                    return false;
                }
            }

            return true;
        }
    }
}
