using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using SkiaSharp;

namespace BwcFirmware.Simulator.Timeline
{
    /// <summary>
    /// Draws a <see cref="ShiftTimeline"/> as a PNG: one lane per thing a reviewer asks about (state, clips,
    /// markers and mute, power, dock and sync, battery, card), all on one time axis.
    /// </summary>
    public sealed class TimelinePainter : IDisposable
    {
        private const float Width = 1800;
        private const float Left = 170;
        private const float Right = 40;
        private const float LaneGap = 10;

        private static readonly long[] s_tickSteps =
        {
            1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000,
            1_800_000, 3_600_000, 7_200_000,
        };

        private readonly ShiftTimeline _timeline;
        private readonly SKTypeface _typeface;
        private readonly SKTypeface _bold;
        private readonly SKFont _font;
        private readonly SKFont _small;
        private readonly SKFont _title;
        private readonly long _spanMs;

        /// <summary>Prepares to draw <paramref name="timeline"/> (finished: its end is known).</summary>
        public TimelinePainter(ShiftTimeline timeline)
        {
            _timeline = timeline ?? throw new ArgumentNullException(nameof(timeline));
            _spanMs = Math.Max(1_000, timeline.EndMs);
            _typeface = LoadTypeface(false);
            _bold = LoadTypeface(true);
            _font = new SKFont(_typeface, 15);
            _small = new SKFont(_typeface, 12.5f);
            _title = new SKFont(_bold, 22);
        }

        /// <summary>Writes the picture to <paramref name="path"/> as PNG.</summary>
        public void SavePng(string path)
        {
            using SKBitmap bitmap = Render();
            using SKData data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            using FileStream file = File.Create(path);
            data.SaveTo(file);
        }

        /// <summary>Renders the picture.</summary>
        public SKBitmap Render()
        {
            var lanes = new (string Name, float Height, Action<SKCanvas, SKRect> Draw)[]
            {
                ("state", 46, DrawStates),
                ("clips", 58, DrawClips),
                ("markers, mute", 34, DrawMarkersAndMute),
                ("power, card", 34, DrawPower),
                ("dock, sync", 58, DrawDockAndSync),
                ("battery", 74, DrawBattery),
                ("card use", 50, DrawCard),
            };

            float top = 78;
            float height = top;
            foreach (var lane in lanes)
            {
                height += lane.Height + LaneGap;
            }

            height += 34 + 64;
            var bitmap = new SKBitmap((int)Width, (int)height);
            using var canvas = new SKCanvas(bitmap);
            canvas.Clear(TimelinePalette.Background);
            DrawTitle(canvas);

            float y = top;
            float plotTop = top;
            foreach (var lane in lanes)
            {
                var rect = new SKRect(Left, y, Width - Right, y + lane.Height);
                using (var fill = Fill(TimelinePalette.LaneBackground))
                {
                    canvas.DrawRect(rect, fill);
                }

                DrawGrid(canvas, rect);
                Text(canvas, lane.Name, Left - 12, y + lane.Height / 2 + 5, _font, TimelinePalette.Text, SKTextAlign.Right);
                lane.Draw(canvas, rect);
                y += lane.Height + LaneGap;
            }

            DrawMarkerLines(canvas, plotTop, y - LaneGap);
            DrawAxis(canvas, y);
            DrawLegend(canvas, y + 40);
            return bitmap;
        }

        /// <inheritdoc />
        public void Dispose()
        {
            _font.Dispose();
            _small.Dispose();
            _title.Dispose();
            _typeface.Dispose();
            _bold.Dispose();
        }

        private static SKTypeface LoadTypeface(bool bold)
        {
            // The NoDependencies native build has no fontconfig; load a known font file, else Skia's default.
            string[] candidates = bold
                ? new[] { "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf" }
                : new[] { "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf" };
            foreach (string path in candidates)
            {
                if (File.Exists(path))
                {
                    SKTypeface face = SKTypeface.FromFile(path);
                    if (face != null)
                    {
                        return face;
                    }
                }
            }

            return SKTypeface.FromFamilyName("DejaVu Sans", bold ? SKFontStyle.Bold : SKFontStyle.Normal) ?? SKTypeface.Default;
        }

        private float X(long timeMs, SKRect rect)
        {
            double fraction = Math.Clamp((double)timeMs / _spanMs, 0, 1);
            return rect.Left + (float)(fraction * rect.Width);
        }

        private void DrawTitle(SKCanvas canvas)
        {
            Text(canvas, _timeline.Title, 24, 34, _title, TimelinePalette.Text, SKTextAlign.Left);
            int clips = _timeline.Clips.Count;
            string sub = string.Format(
                CultureInfo.InvariantCulture,
                "shift {0}   clips {1}   markers {2}   mute intervals {3}   power and card events {4}",
                FormatDuration(_timeline.EndMs),
                clips,
                _timeline.Markers.Count,
                _timeline.Mutes.Count,
                _timeline.Power.Count);
            IReadOnlyList<TimelineSample> synced = _timeline.SyncedBytes;
            if (synced.Count > 0)
            {
                TimelineSample last = synced[synced.Count - 1];
                sub += "   synced " + FormatBytes(last.Value) + ", confirmed " + FormatBytes(last.Secondary);
            }

            Text(canvas, sub, 24, 58, _font, TimelinePalette.MutedText, SKTextAlign.Left);
        }

        private void DrawGrid(SKCanvas canvas, SKRect rect)
        {
            using var line = Stroke(TimelinePalette.Grid, 1);
            long step = TickStep();
            for (long t = step; t < _spanMs; t += step)
            {
                float x = X(t, rect);
                canvas.DrawLine(x, rect.Top, x, rect.Bottom, line);
            }
        }

        private void DrawStates(SKCanvas canvas, SKRect rect)
        {
            foreach (TimelineBand band in _timeline.States)
            {
                float x0 = X(band.StartMs, rect);
                float x1 = Math.Max(X(band.EndMs, rect), x0 + 1);
                using (var fill = Fill(TimelinePalette.ForState(band.Label)))
                {
                    canvas.DrawRect(new SKRect(x0, rect.Top + 4, x1, rect.Bottom - 4), fill);
                }

                string label = TimelinePalette.StateLabel(band.Label);
                if (x1 - x0 > _small.MeasureText(label) + 8)
                {
                    SKColor ink = band.Label == "Idle" ? TimelinePalette.Text : SKColors.White;
                    Text(canvas, label, (x0 + x1) / 2, rect.MidY + 5, _small, ink, SKTextAlign.Center);
                }
            }
        }

        private void DrawClips(SKCanvas canvas, SKRect rect)
        {
            float row = 0;
            foreach (TimelineClip clip in _timeline.Clips)
            {
                float preX = X(Math.Max(0, clip.StartMs - clip.PreEventMs), rect);
                float x0 = X(clip.StartMs, rect);
                float x1 = Math.Max(X(clip.EndMs, rect), x0 + 2);
                float top = rect.Top + 6 + row * 8;
                var bar = new SKRect(x0, top, x1, top + 22);
                using (var pre = Fill(TimelinePalette.PreEvent))
                {
                    canvas.DrawRect(new SKRect(preX, top, x0, top + 22), pre);
                }

                using (var fill = Fill(TimelinePalette.Recording))
                {
                    canvas.DrawRect(bar, fill);
                }

                if (clip.Sensitive)
                {
                    // A flagged clip wears a thick amber frame: release restricted until reviewed.
                    using var frame = Stroke(TimelinePalette.Sensitive, 3f);
                    canvas.DrawRect(bar, frame);
                }

                if (clip.CloseCause == "recovered")
                {
                    using var cut = Fill(TimelinePalette.PowerCut);
                    canvas.DrawRect(new SKRect(x1 - 3, top - 2, x1 + 1, top + 24), cut);
                }

                string state = clip.Freed ? "confirmed, freed" : clip.Confirmed ? "confirmed" : null;
                if (clip.Sensitive)
                {
                    state = state == null ? "sensitive" : "sensitive, " + state;
                }

                if (clip.CloseCause == "recovered")
                {
                    state = state == null ? "recovered" : "recovered, " + state;
                }

                long videoMs = clip.VideoMs > 0 ? clip.VideoMs : clip.EndMs - clip.StartMs + clip.PreEventMs;
                string label = clip.Id + "  " + (clip.StartCause == null ? string.Empty : clip.StartCause + "  ")
                    + FormatDuration(videoMs) + (state == null ? string.Empty : "  " + state);
                Text(canvas, label, preX, top + 36, _small, TimelinePalette.Text, SKTextAlign.Left);
                row = row == 0 ? 1 : 0;
            }
        }

        private void DrawMarkersAndMute(SKCanvas canvas, SKRect rect)
        {
            using (var mute = Fill(TimelinePalette.PrivacyMuted))
            {
                foreach (TimelineBand band in _timeline.Mutes)
                {
                    float x0 = X(band.StartMs, rect);
                    float x1 = Math.Max(X(band.EndMs, rect), x0 + 2);
                    canvas.DrawRect(new SKRect(x0, rect.MidY + 2, x1, rect.Bottom - 5), mute);
                    if (x1 - x0 > 50)
                    {
                        Text(canvas, "mute", (x0 + x1) / 2, rect.Bottom - 7, _small, SKColors.White, SKTextAlign.Center);
                    }
                }
            }

            using var marker = Fill(TimelinePalette.Marker);
            foreach (long t in _timeline.Markers)
            {
                float x = X(t, rect);
                using var builder = new SKPathBuilder();
                builder.MoveTo(x - 7, rect.Top + 4);
                builder.LineTo(x + 7, rect.Top + 4);
                builder.LineTo(x, rect.Top + 16);
                builder.Close();
                using SKPath path = builder.Detach();
                canvas.DrawPath(path, marker);
            }
        }

        private void DrawMarkerLines(SKCanvas canvas, float top, float bottom)
        {
            using var line = Stroke(TimelinePalette.Marker, 1.5f);
            line.PathEffect = SKPathEffect.CreateDash(new[] { 4f, 4f }, 0);
            var plot = new SKRect(Left, top, Width - Right, bottom);
            foreach (long t in _timeline.Markers)
            {
                float x = X(t, plot);
                canvas.DrawLine(x, top, x, top + 46 + 58 + LaneGap * 2, line);
            }
        }

        private void DrawPower(SKCanvas canvas, SKRect rect)
        {
            float lastLabelEnd = float.MinValue;
            foreach (TimelinePoint point in _timeline.Power)
            {
                float x = X(point.TimeMs, rect);
                bool cut = point.Label.StartsWith("cut", StringComparison.Ordinal);
                bool on = point.Label.StartsWith("on", StringComparison.Ordinal) || point.Label.StartsWith("recover", StringComparison.Ordinal)
                    || point.Label == ShiftTimeline.CardIn;
                SKColor color = cut || point.Label == ShiftTimeline.CardOut ? TimelinePalette.PowerCut : on ? TimelinePalette.PowerOn : TimelinePalette.Off;
                using (var stroke = Stroke(color, cut ? 3 : 2))
                {
                    if (cut)
                    {
                        // A lightning bolt: the power was pulled.
                        using var builder = new SKPathBuilder();
                        builder.MoveTo(x + 4, rect.Top + 3);
                        builder.LineTo(x - 3, rect.MidY);
                        builder.LineTo(x + 3, rect.MidY);
                        builder.LineTo(x - 4, rect.Bottom - 3);
                        using SKPath bolt = builder.Detach();
                        canvas.DrawPath(bolt, stroke);
                    }
                    else
                    {
                        canvas.DrawLine(x, rect.Top + 4, x, rect.Bottom - 4, stroke);
                    }
                }

                float labelX = Math.Max(x + 7, lastLabelEnd + 6);
                Text(canvas, point.Label, labelX, rect.MidY + 5, _small, color, SKTextAlign.Left);
                lastLabelEnd = labelX + _small.MeasureText(point.Label);
            }
        }

        private void DrawDockAndSync(SKCanvas canvas, SKRect rect)
        {
            // Top strip: the dock; below it: upload activity and the bytes the station holds.
            var strip = new SKRect(rect.Left, rect.Top + 4, rect.Right, rect.Top + 20);
            using (var dock = Fill(TimelinePalette.Dock))
            {
                foreach (TimelineBand band in _timeline.Docks)
                {
                    float x0 = X(band.StartMs, rect);
                    float x1 = Math.Max(X(band.EndMs, rect), x0 + 2);
                    canvas.DrawRect(new SKRect(x0, strip.Top, x1, strip.Bottom), dock);
                    if (x1 - x0 > 60)
                    {
                        Text(canvas, "docked", x0 + 5, strip.Bottom - 4, _small, SKColors.White, SKTextAlign.Left);
                    }
                }
            }

            using (var sync = Fill(TimelinePalette.Sync.WithAlpha(70)))
            {
                foreach (TimelineBand band in _timeline.Syncs)
                {
                    float x0 = X(band.StartMs, rect);
                    float x1 = Math.Max(X(band.EndMs, rect), x0 + 2);
                    canvas.DrawRect(new SKRect(x0, strip.Bottom + 3, x1, rect.Bottom - 4), sync);
                }
            }

            IReadOnlyList<TimelineSample> samples = _timeline.SyncedBytes;
            long max = 0;
            foreach (TimelineSample s in samples)
            {
                max = Math.Max(max, s.Value);
            }

            if (max > 0)
            {
                DrawStepLine(canvas, rect, samples, s => (double)s.Value / max, TimelinePalette.Sync, 2.5f, 26, 6);
            }
        }

        private void DrawBattery(SKCanvas canvas, SKRect rect)
        {
            IReadOnlyList<TimelineSample> samples = _timeline.Battery;
            using (var band = Fill(TimelinePalette.BatteryLow.WithAlpha(40)))
            {
                canvas.DrawRect(new SKRect(rect.Left, Y(0.15, rect, 6, 6), rect.Right, rect.Bottom - 6), band);
            }

            Text(canvas, "100%", rect.Left + 4, rect.Top + 14, _small, TimelinePalette.MutedText, SKTextAlign.Left);
            Text(canvas, "low 15%", rect.Left + 4, rect.Bottom - 9, _small, TimelinePalette.BatteryLow, SKTextAlign.Left);
            if (samples.Count == 0)
            {
                return;
            }

            var known = new List<TimelineSample>();
            foreach (TimelineSample sample in samples)
            {
                if (sample.Secondary >= 0)
                {
                    known.Add(sample);
                }
            }

            if (known.Count == 0)
            {
                return;
            }

            samples = known;
            DrawStepLine(canvas, rect, samples, s => s.Secondary / 100.0, TimelinePalette.Battery, 2.5f, 6, 6);
            TimelineSample last = samples[samples.Count - 1];
            string label = string.Format(CultureInfo.InvariantCulture, "{0}% ({1} mV)", last.Secondary, last.Value);
            Text(canvas, label, rect.Right - 6, rect.Top + 14, _small, TimelinePalette.Battery, SKTextAlign.Right);
        }

        private void DrawCard(SKCanvas canvas, SKRect rect)
        {
            IReadOnlyList<TimelineSample> samples = _timeline.CardUse;
            if (samples.Count == 0)
            {
                return;
            }

            long maxUsed = 1;
            foreach (TimelineSample s in samples)
            {
                maxUsed = Math.Max(maxUsed, s.Value);
            }

            DrawStepLine(canvas, rect, samples, s => (double)s.Value / maxUsed, TimelinePalette.Card, 2, 6, 6);
            TimelineSample last = samples[samples.Count - 1];
            string label = "peak " + FormatBytes(maxUsed) + ", at end " + FormatBytes(last.Value)
                + (last.Secondary > 0 ? " of " + FormatBytes(last.Secondary) : string.Empty);
            Text(canvas, label, rect.Right - 6, rect.Top + 14, _small, TimelinePalette.MutedText, SKTextAlign.Right);
        }

        private void DrawStepLine(
            SKCanvas canvas, SKRect rect, IReadOnlyList<TimelineSample> samples, Func<TimelineSample, double> fraction,
            SKColor color, float width, float padTop, float padBottom)
        {
            using var path = new SKPathBuilder();
            for (int i = 0; i < samples.Count; i++)
            {
                float x = X(samples[i].TimeMs, rect);
                float y = Y(fraction(samples[i]), rect, padTop, padBottom);
                if (i == 0)
                {
                    path.MoveTo(x, y);
                }
                else
                {
                    path.LineTo(x, Y(fraction(samples[i - 1]), rect, padTop, padBottom));
                    path.LineTo(x, y);
                }
            }

            path.LineTo(X(_timeline.EndMs, rect), Y(fraction(samples[samples.Count - 1]), rect, padTop, padBottom));
            using var stroke = Stroke(color, width);
            using SKPath line = path.Detach();
            canvas.DrawPath(line, stroke);
        }

        private static float Y(double fraction, SKRect rect, float padTop, float padBottom)
        {
            double f = Math.Clamp(fraction, 0, 1);
            return rect.Bottom - padBottom - (float)(f * (rect.Height - padTop - padBottom));
        }

        private void DrawAxis(SKCanvas canvas, float y)
        {
            var rect = new SKRect(Left, y, Width - Right, y + 20);
            using var line = Stroke(TimelinePalette.MutedText, 1);
            canvas.DrawLine(rect.Left, y, rect.Right, y, line);
            long step = TickStep();
            for (long t = 0; t <= _spanMs; t += step)
            {
                float x = X(t, rect);
                canvas.DrawLine(x, y, x, y + 6, line);
                Text(canvas, FormatClock(t), x, y + 22, _small, TimelinePalette.MutedText, SKTextAlign.Center);
            }

            Text(canvas, "shift time", Left - 30, y + 22, _small, TimelinePalette.MutedText, SKTextAlign.Right);
        }

        private void DrawLegend(SKCanvas canvas, float y)
        {
            var items = new (string Label, SKColor Color)[]
            {
                ("off", TimelinePalette.Off),
                ("idle", TimelinePalette.Idle),
                ("pre-event buffering", TimelinePalette.Buffering),
                ("recording", TimelinePalette.Recording),
                ("privacy muted", TimelinePalette.PrivacyMuted),
                ("pre-event video kept in clip", TimelinePalette.PreEvent),
                ("sensitive clip (frame)", TimelinePalette.Sensitive),
                ("marker", TimelinePalette.Marker),
                ("docked", TimelinePalette.Dock),
                ("uploading / bytes synced", TimelinePalette.Sync),
                ("power cut, card out", TimelinePalette.PowerCut),
            };
            float x = Left;
            foreach (var item in items)
            {
                using (var fill = Fill(item.Color))
                {
                    canvas.DrawRect(new SKRect(x, y + 4, x + 14, y + 18), fill);
                }

                Text(canvas, item.Label, x + 20, y + 16, _small, TimelinePalette.Text, SKTextAlign.Left);
                x += 20 + _small.MeasureText(item.Label) + 22;
            }
        }

        private long TickStep()
        {
            foreach (long step in s_tickSteps)
            {
                if (_spanMs / step <= 14)
                {
                    return step;
                }
            }

            return s_tickSteps[s_tickSteps.Length - 1];
        }

        private static void Text(SKCanvas canvas, string text, float x, float y, SKFont font, SKColor color, SKTextAlign align)
        {
            using var paint = Fill(color);
            canvas.DrawText(text, x, y, align, font, paint);
        }

        private static SKPaint Fill(SKColor color) => new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };

        private static SKPaint Stroke(SKColor color, float width) =>
            new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = width };

        /// <summary>"1:05:09" or "5:09" for shift times on the axis.</summary>
        internal static string FormatClock(long ms)
        {
            long s = ms / 1000;
            return s >= 3600
                ? string.Format(CultureInfo.InvariantCulture, "{0}:{1:D2}:{2:D2}", s / 3600, s / 60 % 60, s % 60)
                : string.Format(CultureInfo.InvariantCulture, "{0}:{1:D2}", s / 60, s % 60);
        }

        /// <summary>"42.3 s", "12 min 5 s", "1 h 02 min".</summary>
        internal static string FormatDuration(long ms)
        {
            if (ms < 60_000)
            {
                return (ms / 1000.0).ToString("0.0", CultureInfo.InvariantCulture) + " s";
            }

            long s = ms / 1000;
            return s < 3600
                ? string.Format(CultureInfo.InvariantCulture, "{0} min {1} s", s / 60, s % 60)
                : string.Format(CultureInfo.InvariantCulture, "{0} h {1:D2} min", s / 3600, s / 60 % 60);
        }

        /// <summary>"812 KB", "12.4 MB".</summary>
        internal static string FormatBytes(long bytes)
        {
            if (bytes < 1_000_000)
            {
                return (bytes / 1000.0).ToString("0", CultureInfo.InvariantCulture) + " KB";
            }

            if (bytes < 1_000_000_000)
            {
                return (bytes / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
            }

            return (bytes / 1_000_000_000.0).ToString("0.00", CultureInfo.InvariantCulture) + " GB";
        }
    }
}
