namespace BwcFirmware.Shared.Loop
{
    /// <summary>How the chip spends the time between loop passes, and its sleep after an orderly power-off.</summary>
    public interface ISleep
    {
        /// <summary>Waits <paramref name="ms"/> awake (interrupts keep posting edges).</summary>
        void Pause(int ms);

        /// <summary>
        /// Light sleep up to <paramref name="maxMs"/>, woken early by the record button; false when the chip
        /// refused. Edges of the other pins during it raise no interrupt.
        /// </summary>
        bool TryNap(int maxMs);

        /// <summary>Deep sleep until the camera is docked (then a restart from reset); on the device it never returns.</summary>
        void PowerDown();
    }
}
