using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;

namespace BwcFirmware.Shared.Media
{
    /// <summary>What a <see cref="MediaPipeline"/> is built from; the composition root fills it.</summary>
    public sealed class MediaParts
    {
        /// <summary>How clips are recorded (identities, format, chunk and clip lengths, ring, flush policy).</summary>
        public MediaSettings Settings { get; set; }

        /// <summary>The card as the store sees it: the accounted card (after boot recovery), for manifests, ring and retention.</summary>
        public ICardFileSystem Card { get; set; }

        /// <summary>The space account behind <see cref="Card"/>; its reserve is set to what closing a chunk needs.</summary>
        public CardSpace Space { get; set; }

        /// <summary>The per-frame path (<see cref="ManagedFramePath"/>, or a native engine), writing to the raw card.</summary>
        public IFramePath Engine { get; set; }

        /// <summary>SHA-256 for manifests and retention (may be shared with the audit log; never the chunk hasher's).</summary>
        public ISha256 Sha256 { get; set; }

        /// <summary>The audit log, or null.</summary>
        public IAuditSink Audit { get; set; }

        /// <summary>Who hears of chunks, clips, a full card and card faults, or null.</summary>
        public IMediaEvents Events { get; set; }
    }
}
