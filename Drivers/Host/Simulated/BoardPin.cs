namespace BwcFirmware.Drivers.Host.Simulated
{
    /// <summary>
    /// The digital inputs of the simulated board. Levels are logical (true = pressed, weapon drawn, docked,
    /// card present); on the real board the pull-ups make most of them active-low, which the device adapter
    /// translates.
    /// </summary>
    public enum BoardPin
    {
        /// <summary>The record button.</summary>
        RecordButton,

        /// <summary>The function button (privacy mute, menu).</summary>
        FunctionButton,

        /// <summary>The holster's reed switch: active while the weapon is out.</summary>
        Holster,

        /// <summary>The dock contacts: active while the camera sits in the dock.</summary>
        Dock,

        /// <summary>The card-detect switch of the card slot: active while a card is in.</summary>
        CardDetect,
    }
}
