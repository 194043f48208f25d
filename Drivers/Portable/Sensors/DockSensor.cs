using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Drivers.Sensors
{
    /// <summary>
    /// Dock detect: active = camera in its dock. Contacts must be stable for at least one second (dock_debounce_ms)
    /// so that a camera wobbling in the dock does not start and stop sync. Posts <see cref="InputKind.Docked"/> /
    /// <see cref="InputKind.Undocked"/>, the first settled level included.
    /// </summary>
    public sealed class DockSensor : SwitchSensor
    {
        /// <summary>The shortest debounce accepted; shorter settings are raised to it.</summary>
        public const int MinimumDebounceMs = 1000;

        /// <summary>Creates the sensor with dock_debounce_ms from <paramref name="config"/>.</summary>
        public DockSensor(InputQueue queue, DeviceConfig config)
            : this(queue, config.DockDebounceMs)
        {
        }

        /// <summary>Creates the sensor with an explicit debounce (at least <see cref="MinimumDebounceMs"/>).</summary>
        public DockSensor(InputQueue queue, int debounceMs)
            : base(queue, debounceMs < MinimumDebounceMs ? MinimumDebounceMs : debounceMs, true)
        {
        }

        /// <inheritdoc />
        protected override InputKind KindFor(bool active)
        {
            return active ? InputKind.Docked : InputKind.Undocked;
        }
    }
}
