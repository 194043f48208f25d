namespace BwcFirmware.Shared.Loop
{
    /// <summary>Lines for whoever watches the camera start: progress, and problems worth fixing (no card, no CA).</summary>
    public interface IStartupLog
    {
        /// <summary>A progress line.</summary>
        void Note(string text);

        /// <summary>A problem.</summary>
        void Problem(string text);
    }
}
