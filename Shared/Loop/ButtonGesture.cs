namespace BwcFirmware.Shared.Loop
{
    /// <summary>What a button's press sequence was, as its driver recognised it (debounced, timed).</summary>
    public enum ButtonGesture
    {
        /// <summary>One short press (reported after the double-press window, dated to the press).</summary>
        Press = 0,

        /// <summary>A second press began within the window after the first release (dated to the second press).</summary>
        DoublePress = 1,

        /// <summary>The button stayed down past the hold threshold (dated to the moment the threshold passed).</summary>
        Hold = 2,

        /// <summary>
        /// Held past the hold threshold in a chord: the other button was pressed first or joined before the
        /// threshold, and is still down (dated to the moment the threshold passed).
        /// </summary>
        ChordHold = 3,
    }
}
