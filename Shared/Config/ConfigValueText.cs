namespace BwcFirmware.Shared.Config
{
    /// <summary>
    /// The value a setting has, as config.txt would write it, so a problem can say what was used instead.
    /// Only numbers, switches and choices: ids, URLs and secrets are never repeated.
    /// </summary>
    public static class ConfigValueText
    {
        /// <summary>The value of <paramref name="key"/> in <paramref name="config"/>, or null for text, list and secret keys.</summary>
        public static string Of(DeviceConfig config, string key)
        {
            switch (key)
            {
                case "pre_event_seconds": return config.PreEventSeconds.ToString();
                case "pre_event_audio": return OnOff(config.PreEventAudio);
                case "button_debounce_ms": return config.ButtonDebounceMs.ToString();
                case "record_double_press_ms": return config.RecordDoublePressMs.ToString();
                case "record_hold_ms": return config.RecordHoldMs.ToString();
                case "function_hold_ms": return config.FunctionHoldMs.ToString();
                case "sensor_debounce_ms": return config.SensorDebounceMs.ToString();
                case "dock_debounce_ms": return config.DockDebounceMs.ToString();
                case "stealth": return OnOff(config.Stealth);
                case "stealth_haptic": return OnOff(config.StealthHaptic);
                case "holster_auto_start": return OnOff(config.HolsterAutoStart);
                case "sensitive_gesture": return config.SensitiveGesture;
                case "reminder_seconds": return config.ReminderSeconds.ToString();
                case "battery_low_percent": return config.BatteryLowPercent.ToString();
                case "battery_critical_percent": return config.BatteryCriticalPercent.ToString();
                case "chunk_seconds": return config.ChunkSeconds.ToString();
                case "flush_interval_ms": return config.FlushIntervalMs.ToString();
                case "sync_piece_bytes": return config.SyncPieceBytes.ToString();
                default: return null;
            }
        }

        private static string OnOff(bool flag)
        {
            return flag ? "on" : "off";
        }
    }
}
