using BwcFirmware.Shared.Config;

namespace BwcFirmware.Drivers.Buttons
{
    /// <summary>The timings that turn a button's edges into gestures.</summary>
    public sealed class ButtonTimings
    {
        /// <summary>Creates timings; 0 for <paramref name="doublePressWindowMs"/> or <paramref name="holdMs"/> turns that gesture off.</summary>
        public ButtonTimings(int debounceMs, int doublePressWindowMs, int holdMs)
        {
            DebounceMs = debounceMs < 0 ? 0 : debounceMs;
            DoublePressWindowMs = doublePressWindowMs < 0 ? 0 : doublePressWindowMs;
            HoldMs = holdMs < 0 ? 0 : holdMs;
        }

        /// <summary>Contact bounce shorter than this never counts as a press or release.</summary>
        public int DebounceMs { get; }

        /// <summary>A second press beginning within this many ms of the first release is a double press; 0 = no double press.</summary>
        public int DoublePressWindowMs { get; }

        /// <summary>A press this long is a hold, reported when the threshold passes; 0 = no hold.</summary>
        public int HoldMs { get; }

        /// <summary>The record button's timings from <paramref name="config"/> (30 ms, 400 ms, 3 s by default).</summary>
        public static ButtonTimings ForRecord(DeviceConfig config)
        {
            return new ButtonTimings(config.ButtonDebounceMs, config.RecordDoublePressMs, config.RecordHoldMs);
        }

        /// <summary>
        /// The function button's timings from <paramref name="config"/>: 30 ms, 2 s hold, and the record button's
        /// double-press window when a double press flags sensitive clips (the default), else no double press.
        /// </summary>
        public static ButtonTimings ForFunction(DeviceConfig config)
        {
            int doubleWindowMs = config.SensitiveGesture == SensitiveGestures.FunctionDouble ? config.RecordDoublePressMs : 0;
            return new ButtonTimings(config.ButtonDebounceMs, doubleWindowMs, config.FunctionHoldMs);
        }
    }
}
