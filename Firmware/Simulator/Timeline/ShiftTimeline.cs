using System;
using System.Collections.Generic;

namespace BwcFirmware.Simulator.Timeline
{
    /// <summary>
    /// What happened during a simulated shift, on the shift's clock (milliseconds from its start): the
    /// recorder's states as bands, clips, markers, mute, power, dock and sync, battery and card use. The
    /// shift runner fills it as the firmware steps; the picture and the summary are drawn from it.
    /// </summary>
    public sealed class ShiftTimeline
    {
        private readonly List<TimelineBand> _states = new();
        private readonly List<TimelineClip> _clips = new();
        private readonly List<long> _markers = new();
        private readonly List<TimelineBand> _mutes = new();
        private readonly List<TimelineBand> _docks = new();
        private readonly List<TimelineBand> _syncs = new();
        private readonly List<TimelinePoint> _power = new();
        private readonly List<TimelineSample> _battery = new();
        private readonly List<TimelineSample> _cardUse = new();
        private readonly List<TimelineSample> _syncedBytes = new();
        private TimelineBand _openState;
        private TimelineBand _openMute;
        private TimelineBand _openDock;
        private TimelineBand _openSync;

        /// <summary>Creates an empty timeline titled <paramref name="title"/>.</summary>
        public ShiftTimeline(string title)
        {
            Title = title;
        }

        /// <summary>What the picture is called (script name, settings).</summary>
        public string Title { get; }

        /// <summary>When the shift ended; set by <see cref="Finish"/>.</summary>
        public long EndMs { get; private set; }

        /// <summary>Recorder state bands, including "Off" while the camera had no power.</summary>
        public IReadOnlyList<TimelineBand> States => _states;

        /// <summary>Clips, in the order they opened.</summary>
        public IReadOnlyList<TimelineClip> Clips => _clips;

        /// <summary>Times of markers placed.</summary>
        public IReadOnlyList<long> Markers => _markers;

        /// <summary>Privacy-mute intervals.</summary>
        public IReadOnlyList<TimelineBand> Mutes => _mutes;

        /// <summary>Intervals the camera sat in its dock.</summary>
        public IReadOnlyList<TimelineBand> Docks => _docks;

        /// <summary>Intervals the sync agent was uploading.</summary>
        public IReadOnlyList<TimelineBand> Syncs => _syncs;

        /// <summary>Power events (on, off, cut, recovered) and card pulls and returns, as labelled points.</summary>
        public IReadOnlyList<TimelinePoint> Power => _power;

        /// <summary>Battery readings: millivolts as value, percent as secondary value.</summary>
        public IReadOnlyList<TimelineSample> Battery => _battery;

        /// <summary>Card use: bytes used as value, card size as secondary value.</summary>
        public IReadOnlyList<TimelineSample> CardUse => _cardUse;

        /// <summary>Bytes the station has received so far (value) and confirmed (secondary).</summary>
        public IReadOnlyList<TimelineSample> SyncedBytes => _syncedBytes;

        /// <summary>The band the recorder is in from <paramref name="timeMs"/> on ("Off", "Idle", "PreEventBuffer"...).</summary>
        public void State(long timeMs, string state)
        {
            if (_openState != null && _openState.Label == state)
            {
                return;
            }

            Close(ref _openState, timeMs);
            _openState = new TimelineBand(timeMs, timeMs, state);
            _states.Add(_openState);
        }

        /// <summary>A clip opened at <paramref name="timeMs"/> holding <paramref name="preEventMs"/> of buffered video before it.</summary>
        public TimelineClip ClipOpened(long timeMs, string clipId, long preEventMs)
        {
            var clip = new TimelineClip(clipId, timeMs, preEventMs);
            _clips.Add(clip);
            return clip;
        }

        /// <summary>The clip <paramref name="clipId"/> closed (or was found closed by recovery).</summary>
        public void ClipClosed(long timeMs, string clipId, string cause)
        {
            TimelineClip clip = Find(clipId);
            if (clip == null)
            {
                clip = ClipOpened(timeMs, clipId, 0);
            }

            clip.Close(timeMs, cause);
        }

        /// <summary>The clip with <paramref name="clipId"/>, or null.</summary>
        public TimelineClip Find(string clipId)
        {
            for (int i = _clips.Count - 1; i >= 0; i--)
            {
                if (_clips[i].Id == clipId)
                {
                    return _clips[i];
                }
            }

            return null;
        }

        /// <summary>A marker at <paramref name="timeMs"/>.</summary>
        public void Marker(long timeMs)
        {
            _markers.Add(timeMs);
        }

        /// <summary>Privacy mute switched on or off.</summary>
        public void Mute(long timeMs, bool on)
        {
            Toggle(ref _openMute, _mutes, timeMs, on, "mute");
        }

        /// <summary>The camera went into (or left) its dock.</summary>
        public void Dock(long timeMs, bool docked)
        {
            Toggle(ref _openDock, _docks, timeMs, docked, "dock");
        }

        /// <summary>The sync agent started (or stopped) uploading.</summary>
        public void Syncing(long timeMs, bool active)
        {
            Toggle(ref _openSync, _syncs, timeMs, active, "sync");
        }

        /// <summary>Label of the point where the card was pulled out.</summary>
        public const string CardOut = "card out";

        /// <summary>Label of the point where the card was put back.</summary>
        public const string CardIn = "card in";

        /// <summary>The card was pulled out (or put back) at <paramref name="timeMs"/>; drawn in the power lane.</summary>
        public void CardEvent(long timeMs, bool inserted)
        {
            _power.Add(new TimelinePoint(timeMs, inserted ? CardIn : CardOut));
        }

        /// <summary>A power event ("on", "off", "cut", "recovered: ...").</summary>
        public void PowerEvent(long timeMs, string label)
        {
            _power.Add(new TimelinePoint(timeMs, label));
        }

        /// <summary>A battery reading.</summary>
        public void BatteryReading(long timeMs, int millivolts, int percent)
        {
            Sample(_battery, timeMs, millivolts, percent);
        }

        /// <summary>Card use now.</summary>
        public void CardUsage(long timeMs, long usedBytes, long sizeBytes)
        {
            Sample(_cardUse, timeMs, usedBytes, sizeBytes);
        }

        /// <summary>Bytes received and confirmed by the station so far.</summary>
        public void SyncProgress(long timeMs, long sentBytes, long confirmedBytes)
        {
            Sample(_syncedBytes, timeMs, sentBytes, confirmedBytes);
        }

        /// <summary>Ends every open band at <paramref name="endMs"/>.</summary>
        public void Finish(long endMs)
        {
            EndMs = endMs;
            Close(ref _openState, endMs);
            Close(ref _openMute, endMs);
            Close(ref _openDock, endMs);
            Close(ref _openSync, endMs);
            foreach (TimelineClip clip in _clips)
            {
                if (!clip.IsClosed)
                {
                    clip.Close(endMs, TimelineClip.OpenAtEnd);
                }
            }
        }

        /// <summary>Extends the open bands to <paramref name="timeMs"/> (called as time passes).</summary>
        public void Extend(long timeMs)
        {
            Extend(_openState, timeMs);
            Extend(_openMute, timeMs);
            Extend(_openDock, timeMs);
            Extend(_openSync, timeMs);
        }

        private static void Extend(TimelineBand band, long timeMs)
        {
            if (band != null && timeMs > band.EndMs)
            {
                band.EndMs = timeMs;
            }
        }

        private static void Close(ref TimelineBand band, long timeMs)
        {
            if (band != null)
            {
                band.EndMs = Math.Max(band.StartMs, timeMs);
                band = null;
            }
        }

        private static void Toggle(ref TimelineBand open, List<TimelineBand> bands, long timeMs, bool on, string label)
        {
            if (on && open == null)
            {
                open = new TimelineBand(timeMs, timeMs, label);
                bands.Add(open);
            }
            else if (!on)
            {
                Close(ref open, timeMs);
            }
        }

        private static void Sample(List<TimelineSample> samples, long timeMs, long value, long secondary)
        {
            if (samples.Count > 0)
            {
                TimelineSample last = samples[samples.Count - 1];
                if (last.Value == value && last.Secondary == secondary)
                {
                    return;
                }
            }

            samples.Add(new TimelineSample(timeMs, value, secondary));
        }
    }
}
