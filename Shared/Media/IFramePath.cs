namespace BwcFirmware.Shared.Media
{
    /// <summary>
    /// The per-frame media path behind a per-chunk seam: camera frames and microphone PCM into AVI chunk files on
    /// the card (the layout of <c>Shared/Media/Avi</c>), the flush policy, privacy mute as silence, and each
    /// closed chunk's SHA-256 taken by reading the final file back. <see cref="MediaPipeline"/> keeps everything
    /// that happens once per chunk or less (state machine, ring, clips, manifests, retention, space) and drives
    /// an engine through these calls only; results come back as <see cref="IFramePathEvents"/>.
    /// Implementations: <c>ManagedFramePath</c> (the reference, portable), the simulator's native engine
    /// over libnativemedia_host (P/Invoke) and the device's over the nanoFramework interop. For the same frames,
    /// PCM, times, mutes and settings every engine writes the same bytes and reports the same records.
    /// </summary>
    /// <remarks>
    /// Time: every call carries the loop's monotonic time. Frames (and PCM) captured at or before a call's
    /// <c>nowMs</c> belong to the state before the call, later ones to the state after it: an engine that pulls
    /// from its sources first moves everything captured up to <c>nowMs</c>, an engine fed by capture tasks
    /// (the device) sorts by capture time. So a seam (record start, stop, mute, roll-over) falls exactly at the
    /// command's time.
    /// <para>Chunks: within a segment (<see cref="Begin"/>) the engine opens chunk files
    /// <c>directory/NNNNNN.avi</c>, numbered on from the segment's first sequence, when a frame arrives with none
    /// open, and closes one when a frame comes a chunk length (<see cref="MediaSettings.ChunkSeconds"/>) after the
    /// chunk's first frame or its index is full. PCM captured before a frame goes in before it; audio captured
    /// with no chunk open is dropped. The open chunk is flushed whenever a frame is
    /// <see cref="MediaSettings.FlushIntervalMs"/> past the last flush.</para>
    /// <para>Hashes: a closed chunk's hash is taken while the next chunk is written and settled (reported with
    /// <see cref="IFramePathEvents.ChunkClosed"/>) at a fixed point: when the next chunk closes, or at
    /// <see cref="Settle"/>, whichever comes first. At most one closed chunk waits for its hash.</para>
    /// <para>Faults: card trouble is never thrown. The engine leaves the open chunk as the card has it (boot
    /// recovery repairs it), forgets the pending hash, raises <see cref="IFramePathEvents.Faulted"/> once and
    /// records nothing (draining its sources) until the next <see cref="Begin"/>.</para>
    /// <para>Events: raised on the calling thread from inside <see cref="Pump"/> and the commands, only where
    /// the engine stands between two frames, so a handler may call the commands (never <see cref="Pump"/>).
    /// Nothing per frame is reported.</para>
    /// </remarks>
    public interface IFramePath
    {
        /// <summary>
        /// The most bytes one chunk can take on the card (header, every frame slot at the largest frame, the PCM
        /// of a chunk's span, the index), before cluster rounding. The store holds this much for each chunk from
        /// its opening until its record arrives, so the card never runs out inside a chunk.
        /// </summary>
        long MaxChunkBytes { get; }

        /// <summary>Where the engine reports chunks and faults; set once, before any other call.</summary>
        void Attach(IFramePathEvents events);

        /// <summary>
        /// Does what is due up to <paramref name="nowMs"/>: an engine that pulls from its camera and microphone
        /// moves every frame (and the PCM before it) captured up to then to the card, or drops them outside a
        /// segment; the device engine, fed by its capture tasks, only takes the native events. Called every loop
        /// pass and first thing in every command of the store.
        /// </summary>
        void Pump(long nowMs);

        /// <summary>
        /// Starts a segment (the pre-event ring, or a clip): frames captured after <paramref name="nowMs"/> go to
        /// <paramref name="directory"/>/NNNNNN.avi (the folder exists), numbered from
        /// <paramref name="firstSequence"/>, with audio when <paramref name="withAudio"/> and the engine has a
        /// microphone. No chunk may be open (close it first). Clears an earlier fault.
        /// </summary>
        void Begin(long nowMs, string directory, int firstSequence, bool withAudio);

        /// <summary>Privacy mute: PCM captured after <paramref name="nowMs"/> is written as silence of the same length (or again as sound).</summary>
        void SetMuted(long nowMs, bool muted);

        /// <summary>
        /// Closes the open chunk at <paramref name="nowMs"/> (a seam; nothing open: nothing to do); its hash
        /// starts. With <paramref name="endSegment"/> nothing captured after <paramref name="nowMs"/> is recorded
        /// until the next <see cref="Begin"/>; without, the next frame opens the segment's next chunk.
        /// </summary>
        void CloseChunk(long nowMs, bool endSegment);

        /// <summary>
        /// Completes the hash of the chunk closed last (waiting for it if need be) and raises its
        /// <see cref="IFramePathEvents.ChunkClosed"/> before returning; nothing pending: nothing to do. The store
        /// calls it before it reads, moves or deletes a closed chunk, and before every <see cref="Begin"/>.
        /// </summary>
        void Settle(long nowMs);

        /// <summary>
        /// Gives up the open chunk and the pending hash after a fault the store met itself (a manifest write):
        /// the files stay as the card has them, for boot recovery. Nothing is recorded until the next
        /// <see cref="Begin"/>; no event is raised.
        /// </summary>
        void Abandon(long nowMs);
    }
}
