namespace BwcFirmware.Simulator.Output
{
    /// <summary>Where a running shift tells a person what is going on.</summary>
    public interface IShiftReporter
    {
        /// <summary>The status at this step (called often; the reporter decides how often to draw).</summary>
        void Update(ShiftStatus status);

        /// <summary>Something worth its own line (a state change, a clip closed, a power cut).</summary>
        void Note(long timeMs, string text);

        /// <summary>The shift is over: leave the terminal clean for the summary.</summary>
        void Finish(ShiftStatus status);
    }
}
