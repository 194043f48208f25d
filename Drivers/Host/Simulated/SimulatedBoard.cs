using System;
using BwcFirmware.Drivers.Board;

namespace BwcFirmware.Drivers.Host.Simulated
{
    /// <summary>
    /// The camera's inputs on a simulated board: two buttons, the holster switch, the dock contacts, the
    /// card-detect switch and the battery ADC, on the GPIOs of its pin map (<see cref="SimulatedBoardFile"/>) with
    /// the polarity of their wiring. Scripted actions (a double press, docking) become GPIO edges with realistic
    /// contact bounce, taken out in time order, so the camera loop's pin roles, the real portable drivers and
    /// their debounce decide what happened. Everything random comes from one seed: the same seed gives the same
    /// edges.
    /// </summary>
    public sealed class SimulatedBoard
    {
        /// <summary>Default cell voltage at the start of a shift (a charged Li-ion cell).</summary>
        public const int DefaultBatteryMillivolts = 4100;

        private readonly Random _random;
        private readonly SimulatedInputPin[] _pins;

        /// <summary>
        /// Creates the board at rest (buttons up, weapon holstered, undocked, card in) on <paramref name="pins"/>,
        /// by default the simulated board's; every input must be wired.
        /// </summary>
        public SimulatedBoard(int seed, OfficerTiming timing = null, BoardPins pins = null)
        {
            _random = new Random(seed);
            Timing = timing ?? new OfficerTiming();
            Pins = pins ?? SimulatedBoardFile.Pins;
            var roles = new PinRoles(Pins);
            RecordButton = Wire(roles, Pins.RecordButton, false, BounceProfile.Button);
            FunctionButton = Wire(roles, Pins.FunctionButton, false, BounceProfile.Button);
            Holster = Wire(roles, Pins.Holster, false, BounceProfile.Reed);
            Dock = Wire(roles, Pins.Dock, false, BounceProfile.DockContacts);
            CardDetect = Wire(roles, Pins.CardDetect, true, BounceProfile.CardSlot);
            Battery = new SimulatedBatteryAdc(DefaultBatteryMillivolts, 4, _random);
            _pins = new[] { RecordButton, FunctionButton, Holster, Dock, CardDetect };
        }

        /// <summary>The pin map the inputs sit on.</summary>
        public BoardPins Pins { get; }

        /// <summary>Every input pin.</summary>
        public SimulatedInputPin[] Inputs => (SimulatedInputPin[])_pins.Clone();

        /// <summary>How the simulated officer's presses are timed.</summary>
        public OfficerTiming Timing { get; }

        /// <summary>The record button.</summary>
        public SimulatedInputPin RecordButton { get; }

        /// <summary>The function button.</summary>
        public SimulatedInputPin FunctionButton { get; }

        /// <summary>The holster reed switch (active = weapon out).</summary>
        public SimulatedInputPin Holster { get; }

        /// <summary>The dock contacts (active = docked).</summary>
        public SimulatedInputPin Dock { get; }

        /// <summary>The card-detect switch (active = card in).</summary>
        public SimulatedInputPin CardDetect { get; }

        /// <summary>The battery ADC.</summary>
        public SimulatedBatteryAdc Battery { get; }

        /// <summary>The input pin for <paramref name="input"/>.</summary>
        public SimulatedInputPin this[BoardInput input] => _pins[(int)input];

        /// <summary>One short press starting at <paramref name="atMs"/>; returns when the button is released.</summary>
        public long Press(BoardInput button, long atMs)
        {
            long held = _random.Next(Timing.PressMinMs, Timing.PressMaxMs + 1);
            return PressFor(button, atMs, held);
        }

        /// <summary>Two short presses, the second inside the double-press window; returns the final release time.</summary>
        public long DoublePress(BoardInput button, long atMs)
        {
            long firstRelease = Press(button, atMs);
            long gap = _random.Next(Timing.DoubleGapMinMs, Timing.DoubleGapMaxMs + 1);
            return Press(button, firstRelease + gap);
        }

        /// <summary>Holds the button past <paramref name="thresholdMs"/>; returns the release time.</summary>
        public long Hold(BoardInput button, long atMs, long thresholdMs)
        {
            long held = thresholdMs + _random.Next(Timing.HoldMarginMinMs, Timing.HoldMarginMaxMs + 1);
            return PressFor(button, atMs, held);
        }

        /// <summary>Holds the button down for exactly <paramref name="heldMs"/> (with bounce at both ends).</summary>
        public long PressFor(BoardInput button, long atMs, long heldMs)
        {
            if (button != BoardInput.RecordButton && button != BoardInput.FunctionButton)
            {
                throw new ArgumentException("not a button", nameof(button));
            }

            SimulatedInputPin pin = this[button];
            pin.Schedule(atMs, true);
            pin.Schedule(atMs + heldMs, false);
            return atMs + heldMs;
        }

        /// <summary>Moves a switch-like input (holster, dock, card detect) to <paramref name="active"/>.</summary>
        public void Set(BoardInput input, long atMs, bool active)
        {
            this[input].Schedule(atMs, active);
        }

        /// <summary>
        /// Takes out the earliest edge of any pin that is due at <paramref name="nowMs"/>; false when none is.
        /// Call it until it returns false each step, as an interrupt queue would be drained.
        /// </summary>
        public bool TryTakeEdge(long nowMs, out PinEdge edge)
        {
            SimulatedInputPin earliest = null;
            foreach (SimulatedInputPin pin in _pins)
            {
                if (pin.NextEdgeMs <= nowMs && (earliest == null || pin.NextEdgeMs < earliest.NextEdgeMs))
                {
                    earliest = pin;
                }
            }

            if (earliest == null)
            {
                edge = default;
                return false;
            }

            return earliest.TryTakeEdge(nowMs, out edge);
        }

        /// <summary>The time of the next edge on any pin, or <see cref="long.MaxValue"/>.</summary>
        public long NextEdgeMs
        {
            get
            {
                long next = long.MaxValue;
                foreach (SimulatedInputPin pin in _pins)
                {
                    next = Math.Min(next, pin.NextEdgeMs);
                }

                return next;
            }
        }

        private SimulatedInputPin Wire(PinRoles roles, int gpio, bool initialLevel, BounceProfile bounce)
        {
            if (!roles.TryFind(gpio, out BoardInput input, out bool activeHigh))
            {
                throw new ArgumentException("the simulated board needs every input wired", nameof(gpio));
            }

            return new SimulatedInputPin(input, gpio, activeHigh, initialLevel, bounce, _random);
        }
    }
}
