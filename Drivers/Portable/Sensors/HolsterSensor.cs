using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Drivers.Sensors
{
    /// <summary>
    /// The holster switch: active = weapon out of the holster. Posts <see cref="InputKind.HolsterDraw"/> and
    /// <see cref="InputKind.HolsterReturn"/> on settled changes. The level found at start-up is learned silently,
    /// so a camera switched on with an empty holster does not start recording; whether a draw starts a
    /// recording is the recorder's decision (holster_auto_start).
    /// </summary>
    public sealed class HolsterSensor : SwitchSensor
    {
        /// <summary>Creates the sensor with sensor_debounce_ms from <paramref name="config"/>.</summary>
        public HolsterSensor(InputQueue queue, DeviceConfig config)
            : this(queue, config.SensorDebounceMs)
        {
        }

        /// <summary>Creates the sensor with an explicit debounce.</summary>
        public HolsterSensor(InputQueue queue, int debounceMs)
            : base(queue, debounceMs, false)
        {
        }

        /// <inheritdoc />
        protected override InputKind KindFor(bool active)
        {
            return active ? InputKind.HolsterDraw : InputKind.HolsterReturn;
        }
    }
}
