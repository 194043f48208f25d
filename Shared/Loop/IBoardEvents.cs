namespace BwcFirmware.Shared.Loop
{
    /// <summary>
    /// What the board's drivers report: what the hardware did (a button gesture, a settled switch level, a battery
    /// reading), in the drivers' words, not the recorder's. <see cref="InputMap"/> turns each report into a
    /// recorder input. Drivers may report from an interrupt thread.
    /// </summary>
    public interface IBoardEvents
    {
        /// <summary>The record button made <paramref name="gesture"/> at <paramref name="timeMs"/>.</summary>
        void OnRecordButton(ButtonGesture gesture, long timeMs);

        /// <summary>The function button made <paramref name="gesture"/> at <paramref name="timeMs"/>.</summary>
        void OnFunctionButton(ButtonGesture gesture, long timeMs);

        /// <summary>The holster switch settled: <paramref name="drawn"/> is true while the weapon is out.</summary>
        void OnHolster(bool drawn, long timeMs);

        /// <summary>The dock contacts settled: <paramref name="docked"/> is true while the camera sits in its dock.</summary>
        void OnDock(bool docked, long timeMs);

        /// <summary>The card-detect switch settled: <paramref name="present"/> is true while a card is in the slot.</summary>
        void OnCardDetect(bool present, long timeMs);

        /// <summary>The battery's smoothed charge moved to <paramref name="percent"/>.</summary>
        void OnBatteryLevel(int percent, long timeMs);

        /// <summary>The battery entered <paramref name="band"/> at <paramref name="percent"/>.</summary>
        void OnBatteryBand(BatteryBand band, int percent, long timeMs);
    }
}
