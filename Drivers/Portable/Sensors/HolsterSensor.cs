using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Drivers.Sensors
{
    /// <summary>
    /// The holster switch: active = weapon out of the holster. Reports settled changes to
    /// <see cref="IBoardEvents.OnHolster"/>. The level found at start-up is learned silently,
    /// so a camera switched on with an empty holster does not start recording; whether a draw starts a
    /// recording is the recorder's decision (holster_auto_start).
    /// </summary>
    public sealed class HolsterSensor : SwitchSensor
    {
        /// <summary>Creates the sensor with sensor_debounce_ms from <paramref name="config"/>.</summary>
        public HolsterSensor(IBoardEvents events, DeviceConfig config)
            : this(events, config.SensorDebounceMs)
        {
        }

        /// <summary>Creates the sensor with an explicit debounce.</summary>
        public HolsterSensor(IBoardEvents events, int debounceMs)
            : base(events, debounceMs, false)
        {
        }

        /// <inheritdoc />
        protected override void Report(bool active, long timeMs)
        {
            Events.OnHolster(active, timeMs);
        }
    }
}
