namespace BwcFirmware.Drivers.Board
{
    /// <summary>
    /// Which board input each GPIO is and which level means "active", from the board's wiring (hardware/wiring.md):
    /// buttons and card detect pull to ground when active; the holster's normally-closed reed opens (pull-up takes
    /// the line high) when the weapon is drawn; the dock divider drives the line high when docked. The charge-sense
    /// line is not a <see cref="BoardInput"/> and is not routed.
    /// </summary>
    public sealed class PinRoles
    {
        private readonly int[] _pins = new int[5];
        private readonly BoardInput[] _inputs = new BoardInput[5];
        private readonly bool[] _activeHigh = new bool[5];
        private int _count;

        /// <summary>Builds the roles of the wired inputs of <paramref name="pins"/>.</summary>
        public PinRoles(BoardPins pins)
        {
            Add(pins.RecordButton, BoardInput.RecordButton, false);
            Add(pins.FunctionButton, BoardInput.FunctionButton, false);
            Add(pins.Holster, BoardInput.Holster, true);
            Add(pins.Dock, BoardInput.Dock, true);
            Add(pins.CardDetect, BoardInput.CardDetect, false);
        }

        /// <summary>The input on <paramref name="pin"/> and its active level; false for a pin with no role.</summary>
        public bool TryFind(int pin, out BoardInput input, out bool activeHigh)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_pins[i] == pin)
                {
                    input = _inputs[i];
                    activeHigh = _activeHigh[i];
                    return true;
                }
            }

            input = BoardInput.RecordButton;
            activeHigh = false;
            return false;
        }

        private void Add(int pin, BoardInput input, bool activeHigh)
        {
            if (!BoardPins.IsWired(pin))
            {
                return;
            }

            _pins[_count] = pin;
            _inputs[_count] = input;
            _activeHigh[_count] = activeHigh;
            _count++;
        }
    }
}
