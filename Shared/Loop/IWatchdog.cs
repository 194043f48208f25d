namespace BwcFirmware.Shared.Loop
{
    /// <summary>Restarts the board when the loop stops passing (the card store's recovery closes the open clip).</summary>
    public interface IWatchdog
    {
        /// <summary>Starts watching.</summary>
        void Start();

        /// <summary>Tells the watchdog the loop is alive; once per pass.</summary>
        void Kick();
    }
}
