namespace BwcFirmware.Shared.Recording
{
    /// <summary>What the camera is doing with the scene in front of it.</summary>
    public enum RecorderState
    {
        /// <summary>Nothing is written: docked, no card, or pre-event length 0.</summary>
        Idle = 0,

        /// <summary>Video (and audio if configured) goes to the pre-event ring on the card.</summary>
        PreEventBuffer = 1,

        /// <summary>A clip is open and receives video and audio.</summary>
        Recording = 2,

        /// <summary>A clip is open; video goes on, audio is replaced by silence (privacy request).</summary>
        PrivacyMuted = 3,
    }
}
