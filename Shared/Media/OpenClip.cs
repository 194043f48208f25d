using BwcFirmware.Shared.Card;

namespace BwcFirmware.Shared.Media
{
    /// <summary>The clip being recorded (or the last one): its sequence, folder, chunks so far and start time.</summary>
    internal sealed class OpenClip
    {
        /// <summary>Sequence of the clip, 0 before any.</summary>
        public int Sequence { get; private set; }

        /// <summary>Its folder, kept from its start: a chunk opens every few seconds for hours.</summary>
        public string Directory { get; private set; }

        /// <summary>Chunks listed or opened so far; the next chunk takes the number after it.</summary>
        public int Chunks { get; set; }

        /// <summary>Monotonic time the clip started (its length limit counts from here).</summary>
        public long StartMs { get; private set; }

        /// <summary>Starts clip <paramref name="sequence"/> at <paramref name="startMs"/>.</summary>
        public void Start(int sequence, long startMs)
        {
            Sequence = sequence;
            Directory = CardLayout.ClipDirectory(sequence);
            Chunks = 0;
            StartMs = startMs;
        }
    }
}
