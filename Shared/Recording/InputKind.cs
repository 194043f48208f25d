namespace BwcFirmware.Shared.Recording
{
    /// <summary>
    /// Everything the drivers can tell the brain. Gestures arrive already recognised (debounced, timed) by
    /// the portable drivers; sensor events arrive already debounced or thresholded.
    /// </summary>
    public enum InputKind
    {
        /// <summary>Power came up (argument unused).</summary>
        PowerOn = 0,

        /// <summary>Orderly power-off requested (argument unused).</summary>
        PowerOff = 1,

        /// <summary>Record button: one short press.</summary>
        RecordPress = 2,

        /// <summary>Record button: two presses, the second within the double-press window.</summary>
        RecordDoublePress = 3,

        /// <summary>Record button held past the hold threshold (fires at the threshold, not at release).</summary>
        RecordHold = 4,

        /// <summary>Function button: one short press.</summary>
        FunctionPress = 5,

        /// <summary>Function button held past its hold threshold.</summary>
        FunctionHold = 6,

        /// <summary>Weapon left the holster.</summary>
        HolsterDraw = 7,

        /// <summary>Weapon returned to the holster.</summary>
        HolsterReturn = 8,

        /// <summary>The camera sits in its dock (debounced).</summary>
        Docked = 9,

        /// <summary>The camera left its dock (debounced).</summary>
        Undocked = 10,

        /// <summary>A battery reading; argument: percent 0-100.</summary>
        BatteryLevel = 11,

        /// <summary>A card was inserted (argument unused).</summary>
        CardInserted = 12,

        /// <summary>The card was removed (argument unused).</summary>
        CardRemoved = 13,

        /// <summary>The card has no room left for recording (argument unused).</summary>
        CardFull = 14,

        /// <summary>
        /// The battery entered the low band (at or below the low threshold, above critical); argument: percent.
        /// Posted once per band change, also when rising out of the critical band while charging.
        /// </summary>
        BatteryLow = 15,

        /// <summary>The battery entered the critical band; argument: percent. Recording must close cleanly.</summary>
        BatteryCritical = 16,

        /// <summary>The battery is above the low band again (or at its first reading); argument: percent.</summary>
        BatteryNormal = 17,

        /// <summary>The card has room for recording again, e.g. after the station verified and freed clips.</summary>
        CardSpaceAvailable = 18,

        /// <summary>The media pipeline failed while writing (argument: a CardFault number, or -1 when unknown).</summary>
        MediaFault = 19,

        /// <summary>Function button: two presses, the second within the double-press window (flags the open clip sensitive).</summary>
        FunctionDoublePress = 20,

        /// <summary>
        /// Record held past its hold threshold while function is held down too: the officer stops on a person's
        /// privacy request (a stop of its own cause, apart from an ordinary stop).
        /// </summary>
        PrivacyStop = 21,
    }
}
