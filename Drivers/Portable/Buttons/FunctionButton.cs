using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Drivers.Buttons
{
    /// <summary>
    /// The function button: a single press posts <see cref="InputKind.FunctionPress"/>, a hold
    /// <see cref="InputKind.FunctionHold"/> (privacy mute on/off while recording). It has no double press, so a
    /// single press is reported at release.
    /// </summary>
    public sealed class FunctionButton : GestureButton
    {
        private readonly InputQueue _queue;

        /// <summary>Creates the button with the function timings of <paramref name="config"/>.</summary>
        public FunctionButton(InputQueue queue, DeviceConfig config)
            : this(queue, ButtonTimings.ForFunction(config))
        {
        }

        /// <summary>Creates the button with explicit <paramref name="timings"/> (a double-press window is ignored).</summary>
        public FunctionButton(InputQueue queue, ButtonTimings timings)
            : base(new ButtonTimings(timings.DebounceMs, 0, timings.HoldMs))
        {
            _queue = queue;
        }

        /// <inheritdoc />
        protected override void OnGesture(ButtonGesture gesture, long timeMs)
        {
            _queue.TryPost(gesture == ButtonGesture.Hold ? InputKind.FunctionHold : InputKind.FunctionPress, timeMs, 0);
            base.OnGesture(gesture, timeMs);
        }
    }
}
