using BwcFirmware.Drivers.Buttons;
using BwcFirmware.Drivers.Indicators;
using BwcFirmware.Drivers.Sensors;
using BwcFirmware.Shared.Agent;
using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Drivers.Board
{
    /// <summary>
    /// Every portable driver of the board in one place, as the device app and the simulator both wire them:
    /// the two buttons, the holster, dock and card-detect sensors, the battery monitor (sampling the ADC every
    /// <see cref="BatterySampleIntervalMs"/>), all reporting to one <see cref="IBoardEvents"/>, and the indicator
    /// policy. Pin interrupts call <see cref="OnEdge"/>; the agent's loop calls <see cref="Step"/>.
    /// </summary>
    public sealed class BoardDrivers : IAgentPeripheral
    {
        /// <summary>How often the battery is sampled: often enough to catch the critical band before brownout.</summary>
        public const int BatterySampleIntervalMs = 1000;

        private readonly IBatteryAdc _batteryAdc;
        private long _nextBatterySampleMs = long.MinValue;

        /// <summary>
        /// Creates the drivers reporting to <paramref name="events"/> with the timings of <paramref name="config"/>;
        /// <paramref name="batteryAdc"/> and <paramref name="indicators"/> may be null (no battery, no outputs).
        /// </summary>
        public BoardDrivers(IBoardEvents events, DeviceConfig config, IBatteryAdc batteryAdc, IIndicatorOutput indicators)
        {
            _batteryAdc = batteryAdc;
            RecordButton = new RecordButton(events, config);
            FunctionButton = new FunctionButton(events, config);
            RecordButton.JoinChord(FunctionButton);
            Holster = new HolsterSensor(events, config);
            Dock = new DockSensor(events, config);
            CardDetect = new CardDetectSensor(events, config);
            Battery = new BatteryMonitor(events, config);
            Indicators = new IndicatorPolicy(indicators, config);
        }

        /// <summary>The record button's gesture driver.</summary>
        public RecordButton RecordButton { get; }

        /// <summary>The function button's gesture driver.</summary>
        public FunctionButton FunctionButton { get; }

        /// <summary>The holster sensor.</summary>
        public HolsterSensor Holster { get; }

        /// <summary>The dock sensor (debounced >= 1 s).</summary>
        public DockSensor Dock { get; }

        /// <summary>The card-detect sensor.</summary>
        public CardDetectSensor CardDetect { get; }

        /// <summary>The battery monitor.</summary>
        public BatteryMonitor Battery { get; }

        /// <summary>How the LED, haptic and buzzer show the status the loop decides.</summary>
        public IndicatorPolicy Indicators { get; }

        /// <summary>A raw level change (or the level read at start-up) on <paramref name="input"/>; safe from an interrupt thread.</summary>
        public void OnEdge(BoardInput input, bool active, long timeMs)
        {
            switch (input)
            {
                case BoardInput.RecordButton:
                    RecordButton.OnRawEdge(active, timeMs);
                    break;
                case BoardInput.FunctionButton:
                    FunctionButton.OnRawEdge(active, timeMs);
                    break;
                case BoardInput.Holster:
                    Holster.OnRawLevel(active, timeMs);
                    break;
                case BoardInput.Dock:
                    Dock.OnRawLevel(active, timeMs);
                    break;
                case BoardInput.CardDetect:
                    CardDetect.OnRawLevel(active, timeMs);
                    break;
            }
        }

        /// <inheritdoc />
        public void Step(long nowMs)
        {
            if (_batteryAdc != null && nowMs >= _nextBatterySampleMs)
            {
                Battery.OnSample(_batteryAdc.ReadMillivolts(), nowMs);
                _nextBatterySampleMs = nowMs + BatterySampleIntervalMs;
            }

            RecordButton.Step(nowMs);
            FunctionButton.Step(nowMs);
            Holster.Step(nowMs);
            Dock.Step(nowMs);
            CardDetect.Step(nowMs);
        }
    }
}
