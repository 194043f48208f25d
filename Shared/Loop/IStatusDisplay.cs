namespace BwcFirmware.Shared.Loop
{
    /// <summary>
    /// What the indicators are told to show: the steady <see cref="DeviceStatus"/> and the moments worth a cue.
    /// <see cref="StatusFeed"/> decides both from the recorder; the board's indicators decide how they look,
    /// sound and feel (stealth included).
    /// </summary>
    public interface IStatusDisplay
    {
        /// <summary>Shows <paramref name="status"/> from <paramref name="nowMs"/>; called on every change and every loop pass.</summary>
        void Show(DeviceStatus status, long nowMs);

        /// <summary>Gives the officer the signal for <paramref name="cue"/>.</summary>
        void Cue(IndicatorCue cue, long nowMs);
    }
}
