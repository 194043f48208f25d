using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Drivers.Buttons
{
    /// <summary>
    /// The function button: reports its press, double press and hold to <see cref="IBoardEvents.OnFunctionButton"/>.
    /// Without a double-press window (sensitive_gesture other than function.double) a single press is reported at
    /// release. A press that is part of a chord with the record button is no gesture: the record button reports
    /// the chord.
    /// </summary>
    public sealed class FunctionButton : GestureButton
    {
        private readonly IBoardEvents _events;

        /// <summary>Creates the button with the function timings of <paramref name="config"/>.</summary>
        public FunctionButton(IBoardEvents events, DeviceConfig config)
            : this(events, ButtonTimings.ForFunction(config))
        {
        }

        /// <summary>Creates the button with explicit <paramref name="timings"/>.</summary>
        public FunctionButton(IBoardEvents events, ButtonTimings timings)
            : base(timings)
        {
            _events = events;
        }

        /// <inheritdoc />
        protected override void OnGesture(ButtonGesture gesture, long timeMs)
        {
            if (!IsInChord)
            {
                _events.OnFunctionButton(gesture, timeMs);
            }
        }
    }
}
