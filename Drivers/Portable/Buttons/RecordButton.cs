using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Drivers.Buttons
{
    /// <summary>
    /// The record button: a single press posts <see cref="InputKind.RecordPress"/> (a marker while recording),
    /// a double press <see cref="InputKind.RecordDoublePress"/> (start), a hold <see cref="InputKind.RecordHold"/>
    /// (stop). Gestures go into the shared <see cref="InputQueue"/>. Joined with the function button
    /// (<see cref="GestureButton.JoinChord"/>), a record press that overlaps a function press is a chord: its hold,
    /// with function still down, posts <see cref="InputKind.PrivacyStop"/> instead of the ordinary stop, and its
    /// single or double press means nothing.
    /// </summary>
    public sealed class RecordButton : GestureButton
    {
        private readonly InputQueue _queue;

        /// <summary>Creates the button with the record timings of <paramref name="config"/>.</summary>
        public RecordButton(InputQueue queue, DeviceConfig config)
            : this(queue, ButtonTimings.ForRecord(config))
        {
        }

        /// <summary>Creates the button with explicit <paramref name="timings"/>.</summary>
        public RecordButton(InputQueue queue, ButtonTimings timings)
            : base(timings)
        {
            _queue = queue;
        }

        /// <inheritdoc />
        protected override void OnGesture(ButtonGesture gesture, long timeMs)
        {
            if (IsInChord && gesture != ButtonGesture.Hold)
            {
                base.OnGesture(gesture, timeMs);
                return;
            }

            InputKind kind = IsInChord && IsPartnerDown ? InputKind.PrivacyStop
                : gesture == ButtonGesture.Press ? InputKind.RecordPress
                : gesture == ButtonGesture.DoublePress ? InputKind.RecordDoublePress
                : InputKind.RecordHold;
            _queue.TryPost(kind, timeMs, 0);
            base.OnGesture(gesture, timeMs);
        }
    }
}
