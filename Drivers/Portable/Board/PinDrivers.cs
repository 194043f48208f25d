using BwcFirmware.Drivers.Indicators;
using BwcFirmware.Shared.Agent;
using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Drivers.Board
{
    /// <summary>
    /// The board's portable drivers as the loop reaches them by GPIO number: <see cref="PinRoles"/> turns each
    /// edge into its input and logical level (pull-ups make most inputs active-low), and the
    /// <see cref="BoardDrivers"/> built from the booted agent's config take it from there. An indicator output
    /// that renders patterns itself (an <see cref="IAgentPeripheral"/>) is stepped after the drivers. On a board
    /// whose slot has no card-detect switch the mounted card counts as present.
    /// </summary>
    public sealed class PinDrivers : IPinDrivers
    {
        private readonly PinRoles _roles;
        private readonly bool _hasCardDetect;
        private readonly IBatteryAdc _battery;
        private readonly IIndicatorOutput _indicators;
        private readonly IAgentPeripheral _rendered;

        /// <summary>
        /// Creates the drivers for the wired inputs of <paramref name="pins"/>; <paramref name="battery"/> and
        /// <paramref name="indicators"/> may be null.
        /// </summary>
        public PinDrivers(BoardPins pins, IBatteryAdc battery, IIndicatorOutput indicators)
        {
            _roles = new PinRoles(pins);
            _hasCardDetect = BoardPins.IsWired(pins.CardDetect);
            _battery = battery;
            _indicators = indicators;
            _rendered = indicators as IAgentPeripheral;
        }

        /// <summary>The drivers, or null before <see cref="Start"/>.</summary>
        public BoardDrivers Drivers { get; private set; }

        /// <inheritdoc />
        public IStatusDisplay Display
        {
            get { return Drivers == null ? null : Drivers.Indicators; }
        }

        /// <inheritdoc />
        public void Start(DeviceConfig config, IBoardEvents events, long nowMs)
        {
            Drivers = new BoardDrivers(events, config, _battery, _indicators);
            if (!_hasCardDetect)
            {
                // A slot without a switch: the card the loop mounted is in (its removal shows as card faults).
                Drivers.CardDetect.OnRawLevel(true, nowMs);
            }
        }

        /// <inheritdoc />
        public void OnPinEdge(int pin, bool high, long timeMs)
        {
            BoardInput input;
            bool activeHigh;
            if (Drivers != null && _roles.TryFind(pin, out input, out activeHigh))
            {
                Drivers.OnEdge(input, high == activeHigh, timeMs);
            }
        }

        /// <inheritdoc />
        public void Step(long nowMs)
        {
            if (Drivers != null)
            {
                Drivers.Step(nowMs);
            }

            if (_rendered != null)
            {
                _rendered.Step(nowMs);
            }
        }

        /// <inheritdoc />
        public void SwitchOff(long nowMs)
        {
            if (_indicators == null)
            {
                return;
            }

            _indicators.ShowLed(LedPattern.Off, nowMs);
            if (_rendered != null)
            {
                _rendered.Step(nowMs);
            }
        }
    }
}
