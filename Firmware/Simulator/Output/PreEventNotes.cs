using System.Collections.Generic;
using System.Globalization;
using BwcFirmware.Simulator.Timeline;

namespace BwcFirmware.Simulator.Output
{
    /// <summary>
    /// Says why a clip kept less pre-event video than configured: buffering had run for less time (it restarts at
    /// power-on, undock and after each clip), or nothing explains it. More than configured needs no note: the
    /// ring keeps whole chunks (Shared/Media/README.md).
    /// </summary>
    public static class PreEventNotes
    {
        /// <summary>One line per clip whose pre-event video is below the configured seconds.</summary>
        public static IReadOnlyList<string> Of(ShiftSummary summary)
        {
            var notes = new List<string>();
            foreach (TimelineClip clip in summary.Clips)
            {
                string note = Of(clip);
                if (note != null)
                {
                    notes.Add(note);
                }
            }

            return notes;
        }

        /// <summary>The note for <paramref name="clip"/>, or null when it kept at least the configured seconds (or is not known).</summary>
        public static string Of(TimelineClip clip)
        {
            long configured = clip.ConfiguredPreEventMs;
            if (configured <= 0 || clip.BufferedMs < 0 || clip.PreEventMs >= configured)
            {
                return null;
            }

            string start = clip.StartCause ?? "the start";
            string head = "clip " + clip.Id + ": pre-event " + TimelinePainter.FormatDuration(clip.PreEventMs) + " of "
                + (configured / 1000).ToString(CultureInfo.InvariantCulture) + " s configured: ";
            if (clip.BufferedMs == 0)
            {
                return head + "the camera was not buffering before " + start;
            }

            if (clip.BufferedMs <= configured)
            {
                return head + "buffering ran " + TimelinePainter.FormatDuration(clip.BufferedMs) + " before " + start;
            }

            return head + "buffering ran " + TimelinePainter.FormatDuration(clip.BufferedMs) + " before " + start + ", so video was lost (a defect)";
        }
    }
}
