using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Drivers.Sensors
{
    /// <summary>
    /// Dock detect: active = camera in its dock. Contacts must be stable for at least one second (dock_debounce_ms)
    /// so that a camera wobbling in the dock does not start and stop sync. Reports to
    /// <see cref="IBoardEvents.OnDock"/>, the first settled level included.
    /// </summary>
    public sealed class DockSensor : SwitchSensor
    {
        /// <summary>The shortest debounce accepted; shorter settings are raised to it.</summary>
        public const int MinimumDebounceMs = 1000;

        /// <summary>Creates the sensor with dock_debounce_ms from <paramref name="config"/>.</summary>
        public DockSensor(IBoardEvents events, DeviceConfig config)
            : this(events, config.DockDebounceMs)
        {
        }

        /// <summary>Creates the sensor with an explicit debounce (at least <see cref="MinimumDebounceMs"/>).</summary>
        public DockSensor(IBoardEvents events, int debounceMs)
            : base(events, debounceMs < MinimumDebounceMs ? MinimumDebounceMs : debounceMs, true)
        {
        }

        /// <inheritdoc />
        protected override void Report(bool active, long timeMs)
        {
            Events.OnDock(active, timeMs);
        }
    }
}
