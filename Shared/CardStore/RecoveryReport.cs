using System.Collections;

namespace BwcFirmware.Shared.CardStore
{
    /// <summary>What boot recovery found and did; every item is also in the audit log.</summary>
    public sealed class RecoveryReport
    {
        /// <summary>Clips that were open at the cut and are now closed with cause "recovered".</summary>
        public int ClipsClosed { get; internal set; }

        /// <summary>Chunks that were unclosed and are now repaired (index rebuilt, cut back to the last whole frame).</summary>
        public int ChunksRepaired { get; internal set; }

        /// <summary>Chunks listed in a manifest by recovery (repaired or already whole).</summary>
        public int ChunksListed { get; internal set; }

        /// <summary>Chunk files without a readable header (nothing of them was durable) that were deleted.</summary>
        public int ChunksWithoutHeaderDeleted { get; internal set; }

        /// <summary>Ring chunks moved into the clip whose start was under way at the cut.</summary>
        public int RingChunksAdopted { get; internal set; }

        /// <summary>Ring chunks deleted: pre-event video that never became part of a clip.</summary>
        public int RingChunksDiscarded { get; internal set; }

        /// <summary>Torn manifest lines dropped.</summary>
        public int ManifestLinesDropped { get; internal set; }

        /// <summary>Folders of clips being deleted at the cut, now gone.</summary>
        public int TrashFoldersEmptied { get; internal set; }

        /// <summary>Clip folders whose start never became durable, removed.</summary>
        public int EmptyClipsRemoved { get; internal set; }

        /// <summary>What recovery could not fix (strings); empty on a healthy card.</summary>
        public ArrayList Problems { get; } = new ArrayList();
    }
}
