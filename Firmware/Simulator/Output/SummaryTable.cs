using System.Globalization;
using System.IO;
using BwcFirmware.Simulator.Scripting;
using BwcFirmware.Simulator.Timeline;
using Spectre.Console;

namespace BwcFirmware.Simulator.Output
{
    /// <summary>The end-of-shift table: one row per clip and a total, on the console and as plain text.</summary>
    public static class SummaryTable
    {
        private static readonly string[] s_headers =
        {
            "clip", "started", "duration", "pre-event", "chunks", "markers", "mute", "sensitive", "size", "confirmed", "freed", "closed by",
        };

        /// <summary>Writes the table to <paramref name="console"/>.</summary>
        public static void Write(IAnsiConsole console, ShiftSummary summary)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("[bold]shift summary[/]");
            foreach (string header in s_headers)
            {
                table.AddColumn(new TableColumn(header).RightAligned());
            }

            foreach (string[] row in Rows(summary))
            {
                table.AddRow(System.Array.ConvertAll(row, cell => Markup.Escape(cell)));
            }

            console.Write(table);
        }

        /// <summary>The same table as plain, aligned text (for summary.txt and logs).</summary>
        public static string Plain(ShiftSummary summary)
        {
            var rows = new System.Collections.Generic.List<string[]> { s_headers };
            rows.AddRange(Rows(summary));
            var widths = new int[s_headers.Length];
            foreach (string[] row in rows)
            {
                for (int i = 0; i < row.Length; i++)
                {
                    widths[i] = System.Math.Max(widths[i], row[i].Length);
                }
            }

            var text = new StringWriter(CultureInfo.InvariantCulture);
            foreach (string[] row in rows)
            {
                for (int i = 0; i < row.Length; i++)
                {
                    text.Write(row[i].PadLeft(widths[i]));
                    text.Write(i + 1 < row.Length ? "  " : "\n");
                }
            }

            return text.ToString();
        }

        private static System.Collections.Generic.IEnumerable<string[]> Rows(ShiftSummary summary)
        {
            int confirmed = 0;
            int freed = 0;
            int closed = 0;
            int chunks = 0;
            long preEventMs = 0;
            long bytes = 0;
            foreach (TimelineClip clip in summary.Clips)
            {
                confirmed += clip.Confirmed ? 1 : 0;
                freed += clip.Freed ? 1 : 0;
                closed += clip.IsClosedOnCard ? 1 : 0;
                chunks += clip.Chunks;
                preEventMs += clip.PreEventMs;
                bytes += clip.Bytes;
                yield return new[]
                {
                    clip.Id,
                    ScenarioTime.FormatSeconds(clip.StartMs),
                    TimelinePainter.FormatDuration(clip.VideoMs),
                    TimelinePainter.FormatDuration(clip.PreEventMs),
                    clip.Chunks.ToString(CultureInfo.InvariantCulture),
                    clip.Markers.ToString(CultureInfo.InvariantCulture),
                    clip.MuteIntervals.ToString(CultureInfo.InvariantCulture),
                    clip.Sensitive ? "yes" : "no",
                    TimelinePainter.FormatBytes(clip.Bytes),
                    clip.Confirmed ? "yes" : "no",
                    clip.Freed ? "yes" : "no",
                    clip.CloseCause ?? "open",
                };
            }

            // Every column has its total: sums, and "N of M closed clips" where a yes/no column counts.
            int count = summary.Clips.Count;
            string ofClosed = " of " + closed.ToString(CultureInfo.InvariantCulture);
            yield return new[]
            {
                "total",
                count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " clip" : " clips"),
                TimelinePainter.FormatDuration(summary.TotalVideoMs),
                TimelinePainter.FormatDuration(preEventMs),
                chunks.ToString(CultureInfo.InvariantCulture),
                summary.Markers.ToString(CultureInfo.InvariantCulture),
                summary.MuteIntervals.ToString(CultureInfo.InvariantCulture),
                summary.SensitiveClips.ToString(CultureInfo.InvariantCulture),
                TimelinePainter.FormatBytes(bytes),
                confirmed.ToString(CultureInfo.InvariantCulture) + ofClosed,
                freed.ToString(CultureInfo.InvariantCulture) + ofClosed,
                closed.ToString(CultureInfo.InvariantCulture) + " closed" + (count > closed ? ", " + (count - closed).ToString(CultureInfo.InvariantCulture) + " open" : string.Empty),
            };
        }
    }
}
