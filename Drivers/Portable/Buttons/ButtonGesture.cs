namespace BwcFirmware.Drivers.Buttons
{
    /// <summary>What a button press sequence meant.</summary>
    public enum ButtonGesture
    {
        /// <summary>One short press (reported after the double-press window, dated to the press).</summary>
        Press = 0,

        /// <summary>A second press began within the window after the first release (dated to the second press).</summary>
        DoublePress = 1,

        /// <summary>The button stayed down past the hold threshold (dated to the moment the threshold passed).</summary>
        Hold = 2,
    }

    /// <summary>Receives each recognised gesture once, with its time in monotonic ms.</summary>
    public delegate void ButtonGestureHandler(ButtonGesture gesture, long timeMs);
}
