using System.Collections.Generic;
using System.Linq;
using BwcFirmware.Shared.Card;
using BwcFirmware.Simulator.Simulation;
using BwcFirmware.Simulator.Timeline;

namespace BwcFirmware.Simulator.Output
{
    /// <summary>
    /// The numbers at the end of a shift. Clips still on the card are read from their manifests (the
    /// evidence, not the simulator's own notes); clips freed after sync keep what the shift saw of them.
    /// </summary>
    public sealed class ShiftSummary
    {
        private ShiftSummary(IReadOnlyList<TimelineClip> clips, ShiftResult result)
        {
            Clips = clips;
            Result = result;
        }

        /// <summary>Every clip of the shift, oldest first.</summary>
        public IReadOnlyList<TimelineClip> Clips { get; }

        /// <summary>The shift's result.</summary>
        public ShiftResult Result { get; }

        /// <summary>Clip content in all (pre-event included), from chunk frame counts.</summary>
        public long TotalVideoMs => Clips.Sum(c => c.VideoMs);

        /// <summary>Markers in all clips.</summary>
        public int Markers => Clips.Sum(c => c.Markers);

        /// <summary>Clips flagged sensitive.</summary>
        public int SensitiveClips => Clips.Count(c => c.Sensitive);

        /// <summary>Mute intervals in all clips.</summary>
        public int MuteIntervals => Clips.Sum(c => c.MuteIntervals);

        /// <summary>Builds the summary, reading each clip's manifest from <paramref name="card"/> when it is still there.</summary>
        public static ShiftSummary Build(ShiftResult result, ICardFileSystem card, int fps)
        {
            foreach (TimelineClip clip in result.Timeline.Clips)
            {
                // Freed clips keep what was read when they closed.
                ClipFacts.TryRead(card, clip, fps);
            }

            return new ShiftSummary(result.Timeline.Clips, result);
        }
    }
}
