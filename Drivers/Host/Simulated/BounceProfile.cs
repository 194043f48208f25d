namespace BwcFirmware.Drivers.Host.Simulated
{
    /// <summary>
    /// How a contact chatters when it changes: up to <see cref="MaxExtraEdges"/> extra edges (always an even
    /// number, so the contact settles where it was going), each gap between edges
    /// <see cref="MinGapMs"/>-<see cref="MaxGapMs"/> long.
    /// </summary>
    /// <param name="MaxExtraEdges">Most extra edges after the first one.</param>
    /// <param name="MinGapMs">Shortest gap between two chattering edges.</param>
    /// <param name="MaxGapMs">Longest gap between two chattering edges.</param>
    public readonly record struct BounceProfile(int MaxExtraEdges, int MinGapMs, int MaxGapMs)
    {
        /// <summary>A tactile push button: 1-10 ms of bounce (the debounce must swallow it).</summary>
        public static BounceProfile Button => new(6, 1, 3);

        /// <summary>A reed switch (holster): a few short bounces.</summary>
        public static BounceProfile Reed => new(4, 1, 2);

        /// <summary>Card-detect switch of the slot: short bounce.</summary>
        public static BounceProfile CardSlot => new(4, 1, 3);

        /// <summary>
        /// Spring contacts of a dock: the camera rocks as it is seated, so the contacts make and break for a
        /// few hundred milliseconds (the dock sensor's 1 s debounce must swallow it).
        /// </summary>
        public static BounceProfile DockContacts => new(6, 20, 80);

        /// <summary>A clean edge, for tests that want none.</summary>
        public static BounceProfile None => new(0, 1, 1);
    }
}
