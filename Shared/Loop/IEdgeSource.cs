namespace BwcFirmware.Shared.Loop
{
    /// <summary>
    /// The board's input pins as the loop reads them: each level change their interrupts posted (GPIO number,
    /// electrical level after it, monotonic time), oldest first. Polarity is not applied here: the pins' roles
    /// (<see cref="IPinDrivers"/>) say which level means pressed, drawn, docked or card present.
    /// </summary>
    public interface IEdgeSource
    {
        /// <summary>Takes the oldest waiting edge; false when none is waiting.</summary>
        bool TryTakeEdge(out int pin, out bool high, out long timeMs);

        /// <summary>
        /// Posts the level of every pin as an edge, for changes no interrupt reported (at start-up, after a nap);
        /// the debounce drops levels that did not change.
        /// </summary>
        void PostCurrentLevels();
    }
}
