namespace BwcFirmware.Shared.Audit
{
    /// <summary>
    /// Every event name the firmware writes into the audit log, in one place. Names are fixed lower-case words
    /// (letters, digits and '-') because a reader, a court and the verifier match on them; the detail that
    /// follows carries the specifics as "key=value" pairs.
    /// </summary>
    public static class AuditEvents
    {
        /// <summary>The device came up (detail: firmware version, reset reason).</summary>
        public const string PowerOn = "power-on";

        /// <summary>Orderly power-off (detail: cause, e.g. "cause=button" or "cause=battery").</summary>
        public const string PowerOff = "power-off";

        /// <summary>
        /// Boot recovery. Written first by the log itself when the previous segment was cut short
        /// ("segment=... last_seq=... partial_at=... partial_bytes=... dropped=..."), then by the card store for
        /// each clip it closes or repairs ("clip=000007 closed cause=recovered manifest-sha256=...").
        /// </summary>
        public const string Recovery = "recovery";

        /// <summary>A segment is full or synced and gets no more records (written by the log itself).</summary>
        public const string SegmentClosed = "segment-closed";

        /// <summary>A recorder state transition with its cause ("PreEventBuffer->Recording cause=record.double").</summary>
        public const string State = "state";

        /// <summary>
        /// A clip opened or closed. The closing record anchors the manifest in the chain:
        /// "stop clip=000007 cause=record.hold chunks=12 manifest-sha256=&lt;hex&gt;".
        /// </summary>
        public const string Clip = "clip";

        /// <summary>Pre-event buffering switched on or off.</summary>
        public const string Media = "media";

        /// <summary>A marker was put in the open clip ("clip=000007 note=...").</summary>
        public const string Marker = "marker";

        /// <summary>Audio muted ("on ...") or restored ("off ...") for privacy; video goes on.</summary>
        public const string Mute = "mute";

        /// <summary>The open clip flagged ("on ...") or unflagged ("off ...") as sensitive by the officer.</summary>
        public const string Sensitive = "sensitive";

        /// <summary>Recording stopped by the officer or by policy (detail: cause).</summary>
        public const string Stop = "stop";

        /// <summary>A gesture arrived that the current state ignores (detail: gesture and state).</summary>
        public const string Ignored = "ignored";

        /// <summary>A start the recorder refused (detail: cause, state and reason: no card, card full, battery critical).</summary>
        public const string Refused = "refused";

        /// <summary>The media engine failed a command; the recorder went on in a safe state (detail: what failed).</summary>
        public const string Fault = "fault";

        /// <summary>An input the recorder noted without changing state (detail: cause, e.g. a sensor or a dock change).</summary>
        public const string Input = "input";

        /// <summary>The camera was put in its dock.</summary>
        public const string Dock = "dock";

        /// <summary>The camera left its dock.</summary>
        public const string Undock = "undock";

        /// <summary>A file reached the station (detail: <see cref="AuditDetail.File"/>).</summary>
        public const string Uploaded = "uploaded";

        /// <summary>The station confirmed a file's SHA-256 (detail: <see cref="AuditDetail.File"/>).</summary>
        public const string Confirmed = "confirmed";

        /// <summary>A confirmed file or clip folder was deleted to free space (detail: <see cref="AuditDetail.File"/>).</summary>
        public const string Freed = "freed";

        /// <summary>Retention deleted a synced clip ("deleted synced clip=000007 freed=&lt;bytes&gt;").</summary>
        public const string Retention = "retention";

        /// <summary>A sync attempt failed (detail: file and reason).</summary>
        public const string SyncFailed = "sync-failed";

        /// <summary>The config file was read and applied.</summary>
        public const string ConfigLoaded = "config-loaded";

        /// <summary>A config value was bad and its default used (detail: key and reason).</summary>
        public const string ConfigRejected = "config-rejected";

        /// <summary>UTC was set for the first time since power-on (detail: UTC, source).</summary>
        public const string ClockSet = "clock-set";

        /// <summary>UTC was corrected (detail: UTC, source, drift in ms).</summary>
        public const string ClockAdjusted = "clock-adjusted";

        /// <summary>A time from the station was refused as implausible (detail: the time offered, source).</summary>
        public const string ClockRejected = "clock-rejected";

        /// <summary>The card failed, filled up, was removed or could not be mounted ("full used=... capacity=...", "fault removed path=...", "mount-failed fault=...").</summary>
        public const string CardFault = "card";

        /// <summary>The battery went low or critical (detail: percent).</summary>
        public const string BatteryFault = "battery";

        private static readonly string[] s_all =
        {
            PowerOn, PowerOff, Recovery, SegmentClosed, State, Clip, Media, Marker, Mute, Sensitive, Stop, Ignored, Refused, Fault,
            Input, Dock, Undock, Uploaded, Confirmed, Freed, Retention, SyncFailed, ConfigLoaded, ConfigRejected,
            ClockSet, ClockAdjusted, ClockRejected, CardFault, BatteryFault,
        };

        /// <summary>Every name above, in the order listed.</summary>
        public static string[] All()
        {
            string[] copy = new string[s_all.Length];
            for (int i = 0; i < s_all.Length; i++)
            {
                copy[i] = s_all[i];
            }

            return copy;
        }

        /// <summary>True when <paramref name="name"/> is one of the names above.</summary>
        public static bool IsKnown(string name)
        {
            for (int i = 0; i < s_all.Length; i++)
            {
                if (s_all[i] == name)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when <paramref name="name"/> can stand in a record: 1 to 32 characters of a-z, 0-9 and '-',
        /// starting with a letter. Names a newer firmware adds still verify on an older station.
        /// </summary>
        public static bool IsWellFormed(string name)
        {
            if (name == null || name.Length == 0 || name.Length > 32)
            {
                return false;
            }

            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                bool letter = c >= 'a' && c <= 'z';
                bool other = (c >= '0' && c <= '9') || c == '-';
                if (!letter && !(other && i > 0))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
