using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.Shared.Media
{
    /// <summary>
    /// What the media pipeline tells its owner (the device agent, which turns card trouble into recorder
    /// inputs such as <c>InputKind.CardFull</c>). Called from <c>Pump</c> and the engine commands, on the one
    /// loop; arguments are the pipeline's own reused objects, valid only during the call: copy what you keep.
    /// </summary>
    public interface IMediaEvents
    {
        /// <summary>A chunk of clip <paramref name="clipSequence"/> is closed, durable and listed in its manifest.</summary>
        void ChunkClosed(int clipSequence, ChunkRecord chunk);

        /// <summary>Clip <paramref name="clipSequence"/> is closed; <paramref name="manifestSha256"/> is its final manifest's hash.</summary>
        void ClipClosed(int clipSequence, string cause, byte[] manifestSha256);

        /// <summary>The card has no room left: the ring yielded, no synced clip was left to delete, the clip was closed.</summary>
        void CardFull(long nowMs);

        /// <summary>The card failed (removed, write error); the pipeline stopped writing until told to start again.</summary>
        void CardFault(long nowMs, CardFault fault);
    }
}
