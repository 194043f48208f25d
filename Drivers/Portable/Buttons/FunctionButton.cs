using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Drivers.Buttons
{
    /// <summary>
    /// The function button: a single press posts <see cref="InputKind.FunctionPress"/>, a double press
    /// <see cref="InputKind.FunctionDoublePress"/> (sensitive flag on/off while recording), a hold
    /// <see cref="InputKind.FunctionHold"/> (privacy mute on/off while recording). Without a double-press window
    /// (sensitive_gesture other than function.double) a single press is reported at release. A press that is
    /// part of a chord with the record button (the privacy stop) gives nothing: no mute, no flag.
    /// </summary>
    public sealed class FunctionButton : GestureButton
    {
        private readonly InputQueue _queue;

        /// <summary>Creates the button with the function timings of <paramref name="config"/>.</summary>
        public FunctionButton(InputQueue queue, DeviceConfig config)
            : this(queue, ButtonTimings.ForFunction(config))
        {
        }

        /// <summary>Creates the button with explicit <paramref name="timings"/>.</summary>
        public FunctionButton(InputQueue queue, ButtonTimings timings)
            : base(timings)
        {
            _queue = queue;
        }

        /// <inheritdoc />
        protected override void OnGesture(ButtonGesture gesture, long timeMs)
        {
            if (IsInChord)
            {
                base.OnGesture(gesture, timeMs);
                return;
            }

            InputKind kind = gesture == ButtonGesture.Press ? InputKind.FunctionPress
                : gesture == ButtonGesture.DoublePress ? InputKind.FunctionDoublePress
                : InputKind.FunctionHold;
            _queue.TryPost(kind, timeMs, 0);
            base.OnGesture(gesture, timeMs);
        }
    }
}
