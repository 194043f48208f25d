using System.Collections.Generic;

namespace BwcFirmware.Simulator.Timeline
{
    /// <summary>A clip as the shift saw it: when it opened and closed, how much pre-event video it holds, its fate.</summary>
    public sealed class TimelineClip
    {
        /// <summary>Creates an open clip.</summary>
        public TimelineClip(string id, long startMs, long preEventMs)
        {
            Id = id;
            StartMs = startMs;
            EndMs = startMs;
            PreEventMs = preEventMs;
        }

        /// <summary>The clip's name on the card (its sequence folder).</summary>
        public string Id { get; }

        /// <summary>When the officer (or the holster) started it.</summary>
        public long StartMs { get; }

        /// <summary>When it closed.</summary>
        public long EndMs { get; private set; }

        /// <summary>Buffered video before <see cref="StartMs"/> that the clip kept.</summary>
        public long PreEventMs { get; set; }

        /// <summary>The pre-event seconds configured when it started, in ms (-1 when not known).</summary>
        public long ConfiguredPreEventMs { get; set; } = -1;

        /// <summary>How long the camera had been buffering when it started (0: not buffering; -1 when not known).</summary>
        public long BufferedMs { get; set; } = -1;

        /// <summary>What started it ("record.double", "holster.draw"), once read from its manifest.</summary>
        public string StartCause { get; set; }

        /// <summary>Why it closed ("record.hold", "recovered"...), or null while open.</summary>
        public string CloseCause { get; private set; }

        /// <summary>The close cause of a clip still recording when the shift ended.</summary>
        public const string OpenAtEnd = "open at end";

        /// <summary>True once closed.</summary>
        public bool IsClosed => CloseCause != null;

        /// <summary>True when its manifest is final on the card (not left open by a cut or a pull, not open at the end).</summary>
        public bool IsClosedOnCard => IsClosed && !AwaitsRecovery && CloseCause != OpenAtEnd;

        /// <summary>Video duration from the clip's own chunks (frames / fps), once known.</summary>
        public long VideoMs { get; set; }

        /// <summary>Chunks the clip holds.</summary>
        public int Chunks { get; set; }

        /// <summary>Bytes of its chunks and manifest.</summary>
        public long Bytes { get; set; }

        /// <summary>Markers in its manifest.</summary>
        public int Markers { get; set; }

        /// <summary>Mute intervals in its manifest.</summary>
        public int MuteIntervals { get; set; }

        /// <summary>True when the officer flagged it sensitive (its manifest ends flagged): restricted release.</summary>
        public bool Sensitive { get; set; }

        /// <summary>True once the station confirmed every file of it.</summary>
        public bool Confirmed { get; set; }

        /// <summary>True once its files were freed from the card.</summary>
        public bool Freed { get; set; }

        /// <summary>
        /// True while the clip stopped recording without being closed on the card (power cut, card pulled): its
        /// manifest is still open, and recovery closes it when the card is next mounted.
        /// </summary>
        public bool AwaitsRecovery { get; set; }

        /// <summary>Notes worth showing (recovered, rolled over...).</summary>
        public List<string> Notes { get; } = new();

        /// <summary>Closes the clip at <paramref name="timeMs"/>.</summary>
        public void Close(long timeMs, string cause)
        {
            EndMs = timeMs;
            CloseCause = cause ?? "closed";
        }
    }
}
