using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Shared.Loop
{
    /// <summary>
    /// The one place where what the hardware did becomes a recorder input: each driver report is posted to the
    /// agent's <see cref="InputQueue"/> as the <see cref="InputKind"/> the table below gives, keeping its time.
    /// What an input then does (a marker, a start, a flag, according to config.txt) is the recorder's decision.
    /// </summary>
    /// <remarks>
    /// Stateless, so drivers may report from any thread (the queue locks). A function-button chord hold has no
    /// meaning (the function button reports none: the record button carries the chord) and posts nothing.
    /// </remarks>
    public sealed class InputMap : IBoardEvents
    {
        private readonly InputQueue _inputs;

        /// <summary>Creates the map posting into <paramref name="inputs"/>.</summary>
        public InputMap(InputQueue inputs)
        {
            _inputs = inputs;
        }

        /// <summary>Record: press = marker, double = start, hold = stop, chord hold (function down too) = privacy stop.</summary>
        public void OnRecordButton(ButtonGesture gesture, long timeMs)
        {
            switch (gesture)
            {
                case ButtonGesture.Press:
                    Post(InputKind.RecordPress, timeMs, 0);
                    break;
                case ButtonGesture.DoublePress:
                    Post(InputKind.RecordDoublePress, timeMs, 0);
                    break;
                case ButtonGesture.Hold:
                    Post(InputKind.RecordHold, timeMs, 0);
                    break;
                case ButtonGesture.ChordHold:
                    Post(InputKind.PrivacyStop, timeMs, 0);
                    break;
            }
        }

        /// <summary>Function: press and double press (the sensitive flag, as sensitive_gesture says), hold = mute.</summary>
        public void OnFunctionButton(ButtonGesture gesture, long timeMs)
        {
            switch (gesture)
            {
                case ButtonGesture.Press:
                    Post(InputKind.FunctionPress, timeMs, 0);
                    break;
                case ButtonGesture.DoublePress:
                    Post(InputKind.FunctionDoublePress, timeMs, 0);
                    break;
                case ButtonGesture.Hold:
                    Post(InputKind.FunctionHold, timeMs, 0);
                    break;
            }
        }

        /// <inheritdoc />
        public void OnHolster(bool drawn, long timeMs)
        {
            Post(drawn ? InputKind.HolsterDraw : InputKind.HolsterReturn, timeMs, 0);
        }

        /// <inheritdoc />
        public void OnDock(bool docked, long timeMs)
        {
            Post(docked ? InputKind.Docked : InputKind.Undocked, timeMs, 0);
        }

        /// <inheritdoc />
        public void OnCardDetect(bool present, long timeMs)
        {
            Post(present ? InputKind.CardInserted : InputKind.CardRemoved, timeMs, 0);
        }

        /// <inheritdoc />
        public void OnBatteryLevel(int percent, long timeMs)
        {
            Post(InputKind.BatteryLevel, timeMs, percent);
        }

        /// <inheritdoc />
        public void OnBatteryBand(BatteryBand band, int percent, long timeMs)
        {
            InputKind kind = band == BatteryBand.Critical ? InputKind.BatteryCritical
                : band == BatteryBand.Low ? InputKind.BatteryLow
                : InputKind.BatteryNormal;
            Post(kind, timeMs, percent);
        }

        private void Post(InputKind kind, long timeMs, int argument)
        {
            // A full queue refuses and counts (InputQueue.DroppedCount); the loop reports a growing count.
            _inputs.TryPost(kind, timeMs, argument);
        }
    }
}
