namespace BwcFirmware.Shared.Recording
{
    /// <summary>
    /// How the recorder state machine drives media. The state machine decides; the engine writes. The managed
    /// engine (Shared/Media) is the reference; a native engine on the device may replace it behind this
    /// interface without touching the state machine or the card store.
    /// </summary>
    public interface IMediaEngine
    {
        /// <summary>Starts writing the pre-event ring.</summary>
        void StartBuffering(long nowMs);

        /// <summary>Stops writing the pre-event ring (its chunks stay on the card until reused).</summary>
        void StopBuffering(long nowMs);

        /// <summary>Opens a clip whose first chunks are the buffered pre-event chunks; cause goes in the manifest.</summary>
        void StartClip(long nowMs, string cause);

        /// <summary>Closes the open clip cleanly with <paramref name="cause"/>.</summary>
        void StopClip(long nowMs, string cause);

        /// <summary>Silences (true) or restores (false) the clip's audio; video goes on.</summary>
        void SetMuted(long nowMs, bool muted);

        /// <summary>Flags (true) or unflags (false) the open clip as sensitive; the manifest records each switch.</summary>
        void SetSensitive(long nowMs, bool sensitive);

        /// <summary>Puts a marker in the open clip.</summary>
        void Marker(long nowMs, string note);
    }
}
