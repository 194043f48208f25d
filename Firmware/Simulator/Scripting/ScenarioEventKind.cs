namespace BwcFirmware.Simulator.Scripting
{
    /// <summary>What a line of a scenario script makes happen to the camera or the officer wearing it.</summary>
    public enum ScenarioEventKind
    {
        /// <summary>The officer switches the camera on.</summary>
        PowerOn,

        /// <summary>The officer switches the camera off (orderly: the open clip is closed).</summary>
        PowerOff,

        /// <summary>Power is lost at once (battery pulled): nothing unflushed survives.</summary>
        PowerCut,

        /// <summary>One short press of the record button.</summary>
        RecordPress,

        /// <summary>Two short presses of the record button, the second inside the double-press window.</summary>
        RecordDouble,

        /// <summary>The record button held past its hold threshold.</summary>
        RecordHold,

        /// <summary>One short press of the function button.</summary>
        FunctionPress,

        /// <summary>Two short presses of the function button (flags or unflags the open clip as sensitive).</summary>
        FunctionDouble,

        /// <summary>The function button held past its hold threshold.</summary>
        FunctionHold,

        /// <summary>
        /// The privacy stop: function held down, record pressed with it and held past the record hold threshold
        /// (the clip closes with cause privacy-request).
        /// </summary>
        PrivacyStop,

        /// <summary>The weapon leaves the holster.</summary>
        HolsterDraw,

        /// <summary>The weapon goes back into the holster.</summary>
        HolsterReturn,

        /// <summary>The camera is put in its dock.</summary>
        Dock,

        /// <summary>The camera is taken out of its dock.</summary>
        Undock,

        /// <summary>The battery voltage changes to the argument (millivolts).</summary>
        Battery,

        /// <summary>The card is pulled out.</summary>
        CardRemove,

        /// <summary>The card is put back.</summary>
        CardInsert,

        /// <summary>The card has no room left.</summary>
        CardFull,

        /// <summary>The shift ends; nothing may follow.</summary>
        End,
    }
}
