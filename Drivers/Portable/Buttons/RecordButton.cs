using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Drivers.Buttons
{
    /// <summary>
    /// The record button: reports its press, double press and hold to <see cref="IBoardEvents.OnRecordButton"/>.
    /// Joined with the function button (<see cref="GestureButton.JoinChord"/>), a record press that overlaps a
    /// function press is a chord: its hold, with function still down, is a <see cref="ButtonGesture.ChordHold"/>,
    /// and its single or double press is no gesture at all.
    /// </summary>
    public sealed class RecordButton : GestureButton
    {
        private readonly IBoardEvents _events;

        /// <summary>Creates the button with the record timings of <paramref name="config"/>.</summary>
        public RecordButton(IBoardEvents events, DeviceConfig config)
            : this(events, ButtonTimings.ForRecord(config))
        {
        }

        /// <summary>Creates the button with explicit <paramref name="timings"/>.</summary>
        public RecordButton(IBoardEvents events, ButtonTimings timings)
            : base(timings)
        {
            _events = events;
        }

        /// <inheritdoc />
        protected override void OnGesture(ButtonGesture gesture, long timeMs)
        {
            if (IsInChord && gesture != ButtonGesture.Hold)
            {
                return;
            }

            _events.OnRecordButton(IsInChord && IsPartnerDown ? ButtonGesture.ChordHold : gesture, timeMs);
        }
    }
}
