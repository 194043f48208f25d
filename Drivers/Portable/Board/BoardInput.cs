namespace BwcFirmware.Drivers.Board
{
    /// <summary>
    /// The digital inputs of the camera board, with logical levels (true = pressed, weapon drawn, docked,
    /// card present). The device adapter translates pin polarity (pull-ups make most of them active-low).
    /// </summary>
    public enum BoardInput
    {
        /// <summary>The record button.</summary>
        RecordButton = 0,

        /// <summary>The function button.</summary>
        FunctionButton = 1,

        /// <summary>The holster's reed switch (active while the weapon is out).</summary>
        Holster = 2,

        /// <summary>The dock contacts (active while docked).</summary>
        Dock = 3,

        /// <summary>The card slot's card-detect switch (active while a card is in).</summary>
        CardDetect = 4,
    }
}
