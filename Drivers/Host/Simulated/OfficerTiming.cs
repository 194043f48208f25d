namespace BwcFirmware.Drivers.Host.Simulated
{
    /// <summary>
    /// How long a simulated officer's fingers take: each value is a range the board draws from (seeded), so
    /// presses are never machine-perfect. Defaults are what people do with a gloved thumb on a BWC button.
    /// </summary>
    public sealed class OfficerTiming
    {
        /// <summary>Shortest short press, contact made to contact released.</summary>
        public int PressMinMs { get; set; } = 80;

        /// <summary>Longest short press.</summary>
        public int PressMaxMs { get; set; } = 160;

        /// <summary>Shortest gap between the two presses of a double press (release to press).</summary>
        public int DoubleGapMinMs { get; set; } = 120;

        /// <summary>Longest gap between the two presses of a double press; with the presses it stays inside 400 ms.</summary>
        public int DoubleGapMaxMs { get; set; } = 200;

        /// <summary>How far past the hold threshold a held button is kept down, at least.</summary>
        public int HoldMarginMinMs { get; set; } = 300;

        /// <summary>How far past the hold threshold a held button is kept down, at most.</summary>
        public int HoldMarginMaxMs { get; set; } = 800;
    }
}
