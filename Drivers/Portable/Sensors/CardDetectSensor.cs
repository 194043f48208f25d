using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Drivers.Sensors
{
    /// <summary>
    /// The card slot's detect switch: active = card present. Reports to <see cref="IBoardEvents.OnCardDetect"/>,
    /// the first settled level included, so the recorder learns at start-up whether it has a card. Mounting the card is the card adapter's job; this only reports the switch.
    /// </summary>
    public sealed class CardDetectSensor : SwitchSensor
    {
        /// <summary>Creates the sensor with sensor_debounce_ms from <paramref name="config"/>.</summary>
        public CardDetectSensor(IBoardEvents events, DeviceConfig config)
            : this(events, config.SensorDebounceMs)
        {
        }

        /// <summary>Creates the sensor with an explicit debounce.</summary>
        public CardDetectSensor(IBoardEvents events, int debounceMs)
            : base(events, debounceMs, true)
        {
        }

        /// <inheritdoc />
        protected override void Report(bool active, long timeMs)
        {
            Events.OnCardDetect(active, timeMs);
        }
    }
}
