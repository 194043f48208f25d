namespace BwcFirmware.Shared.Config
{
    /// <summary>
    /// Every setting the camera reads from config.txt on the card, with the defaults a camera uses when the file
    /// is missing or a value is bad. <see cref="ConfigParser"/> fills it and checks the ranges given here;
    /// code that builds one by hand (simulator, tests) is trusted to stay within them.
    /// </summary>
    /// <remarks>
    /// To add a setting: a property with its default here, one case in <see cref="ConfigKeys"/>, one line in
    /// Shared/Config/README.md. Key names are lower-case snake_case.
    /// </remarks>
    public sealed class DeviceConfig
    {
        /// <summary>Seconds of video kept before a recording starts (pre_event_seconds, 0-120; 0 = no buffer).</summary>
        public int PreEventSeconds { get; set; } = 30;

        /// <summary>Whether the pre-event buffer keeps audio too (pre_event_audio, default off).</summary>
        public bool PreEventAudio { get; set; }

        /// <summary>Button contact debounce in ms (button_debounce_ms, 5-200, default 30).</summary>
        public int ButtonDebounceMs { get; set; } = 30;

        /// <summary>Record button: the second press must begin within this many ms of the first release (record_double_press_ms, 100-2000, default 400).</summary>
        public int RecordDoublePressMs { get; set; } = 400;

        /// <summary>Record button: a press this long stops a recording (record_hold_ms, 500-10000, default 3000).</summary>
        public int RecordHoldMs { get; set; } = 3000;

        /// <summary>Function button: a press this long toggles privacy mute (function_hold_ms, 500-10000, default 2000).</summary>
        public int FunctionHoldMs { get; set; } = 2000;

        /// <summary>Holster switch and card-detect debounce in ms (sensor_debounce_ms, 5-1000, default 50).</summary>
        public int SensorDebounceMs { get; set; } = 50;

        /// <summary>Dock contacts must be stable this long before docking counts (dock_debounce_ms, 1000-10000, default 1000).</summary>
        public int DockDebounceMs { get; set; } = 1000;

        /// <summary>Stealth mode: LEDs dark and no beeps or haptics (stealth, default off).</summary>
        public bool Stealth { get; set; }

        /// <summary>In stealth mode, still give a haptic pulse on recording start and stop (stealth_haptic, default on).</summary>
        public bool StealthHaptic { get; set; } = true;

        /// <summary>Drawing the weapon from the holster starts a recording (holster_auto_start, default off: needs the sensor fitted).</summary>
        public bool HolsterAutoStart { get; set; }

        /// <summary>
        /// The gesture that flags (and unflags) the open clip as sensitive (sensitive_gesture: "function.double",
        /// the default; "function.press"; or "off").
        /// </summary>
        public string SensitiveGesture { get; set; } = SensitiveGestures.FunctionDouble;

        /// <summary>Seconds between reminders while recording (reminder_seconds, 0 = none, else 10-3600, default 120).</summary>
        public int ReminderSeconds { get; set; } = 120;

        /// <summary>Battery percent at or below which the officer is warned (battery_low_percent, 1-50, default 15).</summary>
        public int BatteryLowPercent { get; set; } = 15;

        /// <summary>Battery percent at or below which recording closes (battery_critical_percent, 0-30, default 5; below the low level).</summary>
        public int BatteryCriticalPercent { get; set; } = 5;

        /// <summary>Millivolts to percent (battery_curve = "3300:0, 3600:15, 4150:100").</summary>
        public BatteryCurve BatteryCurve { get; set; } = BatteryCurve.Default;

        /// <summary>This camera's id, written into manifests and the audit log (device_id, default empty = unset).</summary>
        public string DeviceId { get; set; } = string.Empty;

        /// <summary>The officer this camera is issued to (officer_id, default empty = unassigned).</summary>
        public string OfficerId { get; set; } = string.Empty;

        /// <summary>Length of one media chunk file in seconds (chunk_seconds, 1-60, default 10).</summary>
        public int ChunkSeconds { get; set; } = 10;

        /// <summary>How often open chunks and manifests are flushed to the card in ms (flush_interval_ms, 100-10000, default 1000).</summary>
        public int FlushIntervalMs { get; set; } = 1000;

        /// <summary>Bytes per upload request to the station (sync_piece_bytes, 4096-16777216, default 262144).</summary>
        public int SyncPieceBytes { get; set; } = 262144;

        /// <summary>The station's tus endpoint, e.g. "https://station.local/files/" (station_url, default empty = no sync).</summary>
        public string StationUrl { get; set; } = string.Empty;

        /// <summary>The bearer token the station expects (station_token, default empty).</summary>
        public string StationToken { get; set; } = string.Empty;

        /// <summary>The dock's Wi-Fi network (wifi_ssid, default empty).</summary>
        public string WifiSsid { get; set; } = string.Empty;

        /// <summary>The dock's Wi-Fi password (wifi_password, default empty).</summary>
        public string WifiPassword { get; set; } = string.Empty;
    }
}
