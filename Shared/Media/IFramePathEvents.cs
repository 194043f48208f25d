using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.Shared.Media
{
    /// <summary>
    /// What an <see cref="IFramePath"/> reports: once per chunk, never per frame. Arguments are the engine's own
    /// reused objects, valid only during the call: copy what you keep.
    /// </summary>
    public interface IFramePathEvents
    {
        /// <summary>
        /// A chunk file <paramref name="name"/> ("000003.avi", in the segment's folder) was created for the frame
        /// captured at <paramref name="firstFrameMs"/>, its first (a manifest's <c>chunk-open</c> line).
        /// </summary>
        void ChunkOpened(string name, long firstFrameMs);

        /// <summary>
        /// The chunk at <paramref name="path"/> ("ring/000012.avi", "clips/000007/000003.avi") is closed, durable
        /// and hashed: <paramref name="record"/> holds its name, length, frames, PCM bytes, first and last frame
        /// time and the SHA-256 of the file as it stands on the card (the engine has checked that the bytes it
        /// read back are as many as it wrote). PreEvent, From and Recovered are the store's to set.
        /// </summary>
        void ChunkClosed(string path, ChunkRecord record);

        /// <summary>
        /// The card refused at <paramref name="nowMs"/> while writing or hashing <paramref name="path"/>:
        /// <see cref="CardFault.Full"/> when it had no room left, <see cref="CardFault.Removed"/>, or
        /// <see cref="CardFault.WriteError"/> (also when a chunk read back is not as long as written). The engine
        /// has already given up the chunk and its pending hash; it records nothing until the next Begin.
        /// </summary>
        void Faulted(long nowMs, CardFault fault, string path);
    }
}
