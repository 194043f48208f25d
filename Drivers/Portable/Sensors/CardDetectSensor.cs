using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Drivers.Sensors
{
    /// <summary>
    /// The card slot's detect switch: active = card present. Posts <see cref="InputKind.CardInserted"/> /
    /// <see cref="InputKind.CardRemoved"/>, the first settled level included, so the recorder learns at start-up
    /// whether it has a card. Mounting the card is the card adapter's job; this only reports the switch.
    /// </summary>
    public sealed class CardDetectSensor : SwitchSensor
    {
        /// <summary>Creates the sensor with sensor_debounce_ms from <paramref name="config"/>.</summary>
        public CardDetectSensor(InputQueue queue, DeviceConfig config)
            : this(queue, config.SensorDebounceMs)
        {
        }

        /// <summary>Creates the sensor with an explicit debounce.</summary>
        public CardDetectSensor(InputQueue queue, int debounceMs)
            : base(queue, debounceMs, true)
        {
        }

        /// <inheritdoc />
        protected override InputKind KindFor(bool active)
        {
            return active ? InputKind.CardInserted : InputKind.CardRemoved;
        }
    }
}
