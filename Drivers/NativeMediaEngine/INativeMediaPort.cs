using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.NativeMediaEngine
{
    /// <summary>
    /// The native media part as <see cref="NativeFramePath"/> drives it: the per-segment and per-chunk commands of
    /// the interop (<see cref="InteropPort"/>), each stamped with the loop's time, and its queue of events. A port
    /// of its own so the engine's logic is tested on the host against a fake (Tests/AdapterTests).
    /// </summary>
    public interface INativeMediaPort
    {
        /// <summary>
        /// Commands the native side has applied since it started. A command may be queued (the ESP32's recorder
        /// task applies it after the frames captured before its time); it has taken effect once this count covers it.
        /// </summary>
        int CommandsApplied { get; }

        /// <summary>Frames after <paramref name="nowMs"/> go to directory/NNNNNN.avi from <paramref name="firstSequence"/> on.</summary>
        void Begin(long nowMs, string directory, int firstSequence, bool withAudio);

        /// <summary>Privacy mute from <paramref name="nowMs"/> on.</summary>
        void SetMuted(long nowMs, bool muted);

        /// <summary>Closes the open chunk at <paramref name="nowMs"/>; with <paramref name="endSegment"/> the segment ends.</summary>
        void CloseChunk(long nowMs, bool endSegment);

        /// <summary>Completes the pending hash; its closed event follows.</summary>
        void Settle(long nowMs);

        /// <summary>Gives up the open chunk and the pending hash; no event follows.</summary>
        void Abandon(long nowMs);

        /// <summary>Lets the native side catch up to <paramref name="nowMs"/>.</summary>
        void Poll(long nowMs);

        /// <summary>
        /// Takes the oldest event: its <paramref name="kind"/> (<see cref="NativeEventKind"/>), the chunk's
        /// <paramref name="path"/> on the card, the chunk's numbers and hash into <paramref name="record"/> (Name,
        /// Bytes, Frames, AudioBytes, FirstFrameMs, LastFrameMs, Sha256; a 32-byte array the caller owns), and for a
        /// fault the native result in <paramref name="fault"/>. False when none is waiting.
        /// </summary>
        bool TryTakeEvent(ChunkRecord record, out int kind, out string path, out int fault);
    }
}
