using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.CardStore;
using BwcFirmware.Shared.Recording;
using BwcFirmware.Simulator.Output;
using BwcFirmware.Simulator.Timeline;

namespace BwcFirmware.Simulator.Simulation
{
    /// <summary>
    /// Watches one powered-on camera and writes what it does into the shift's timeline and the reporter's
    /// notes, on shift time. Everything here comes from the firmware's own events (recorder, pipeline, agent).
    /// </summary>
    public sealed class ShiftObserver
    {
        private readonly ShiftTimeline _timeline;
        private readonly IShiftReporter _reporter;
        private readonly int _fps;
        private readonly ICardFileSystem _card;
        private PoweredDevice _device;
        private int _confirmedSeen = -1;
        private long _sentBefore;
        private string _syncWaitNoted;
        private long _bufferingSinceMs = -1;

        /// <summary>Creates the observer writing to <paramref name="timeline"/> and <paramref name="reporter"/>; clips are read back from <paramref name="card"/>.</summary>
        public ShiftObserver(ShiftTimeline timeline, IShiftReporter reporter, int fps, ICardFileSystem card)
        {
            _timeline = timeline;
            _reporter = reporter;
            _fps = fps;
            _card = card;
        }

        /// <summary>The open clip as the timeline knows it, or null.</summary>
        public TimelineClip OpenClip { get; private set; }

        /// <summary>Subscribes to the agent before it boots (boot notes, recovery, clips).</summary>
        public void BeforeBoot(Shared.Agent.DeviceAgent agent, long bootShiftMs)
        {
            agent.Noted += (t, text) => _reporter.Note(bootShiftMs + t, text);
            agent.ClipClosed += (clip, cause, t) => OnClipClosed(clip, cause, bootShiftMs + t);
            agent.InputHandled += OnInput;
        }

        /// <summary>Subscribes to the recorder of the booted device.</summary>
        public void Attach(PoweredDevice device)
        {
            _device = device;
            device.Agent.Recorder.StateChanged += OnStateChanged;
            device.Agent.Recorder.Noticed += OnNoticed;
            _timeline.State(device.BootShiftMs, "Idle");

            // Boot recovery has run on the card: a clip the last cut left open is closed now.
            NoteRecoveredClips(device.BootShiftMs);
        }

        /// <summary>Bytes the station received (PATCH bodies) over the whole shift.</summary>
        public long SyncSentBytes => _sentBefore + (_device?.Network?.BodyBytesSent ?? 0);

        /// <summary>Bytes of the clips the station confirmed.</summary>
        public long ConfirmedBytes { get; private set; }

        /// <summary>Bytes of all closed clips (what a full sync delivers).</summary>
        public long ClosedClipBytes { get; private set; }

        /// <summary>
        /// The sync agent's last status while docked, with its reason ("blocked: station refused the token (401)");
        /// "not-docked" when the camera never docked; null when the agent never ran.
        /// </summary>
        public string LastSyncStatus { get; private set; }

        /// <summary>Follows the sync agent after a loop turn: the sync band, the bytes, clips confirmed or freed.</summary>
        public void SampleSync(long shiftMs)
        {
            var sync = _device?.Agent?.Sync;
            if (sync == null)
            {
                return;
            }

            string text = Output.StatusText.Sync(Shared.Sync.SyncStatusNames.Of(sync.Status), sync.Reason);
            if (sync.Status != Shared.Sync.SyncStatus.NotDocked || LastSyncStatus == null)
            {
                LastSyncStatus = text;
            }

            NoteSyncWait(shiftMs, sync.Status, text);
            bool active = sync.Status == Shared.Sync.SyncStatus.Uploading || sync.Status == Shared.Sync.SyncStatus.Connecting;
            _timeline.Syncing(shiftMs, active);
            if (sync.FilesConfirmed != _confirmedSeen || active)
            {
                _confirmedSeen = sync.FilesConfirmed;
                RefreshClips();
                _timeline.SyncProgress(shiftMs, SyncSentBytes, ConfirmedBytes);
            }
        }

        /// <summary>Notes each new reason sync waits for once (a retry with the same reason is not news).</summary>
        private void NoteSyncWait(long shiftMs, Shared.Sync.SyncStatus status, string text)
        {
            switch (status)
            {
                case Shared.Sync.SyncStatus.Retrying:
                case Shared.Sync.SyncStatus.Blocked:
                case Shared.Sync.SyncStatus.StationFull:
                    if (text != _syncWaitNoted)
                    {
                        _syncWaitNoted = text;
                        _reporter.Note(shiftMs, "sync " + text);
                    }

                    break;
                case Shared.Sync.SyncStatus.Uploading:
                case Shared.Sync.SyncStatus.UpToDate:
                case Shared.Sync.SyncStatus.NotConfirmed:
                case Shared.Sync.SyncStatus.NotDocked:
                    _syncWaitNoted = null;
                    break;
            }
        }

        /// <summary>Reads the card for which closed clips are confirmed (synced marker) or freed (folder gone after that).</summary>
        public void RefreshClips()
        {
            long confirmed = 0;
            long closed = 0;
            foreach (TimelineClip clip in _timeline.Clips)
            {
                if (!clip.IsClosed || clip.AwaitsRecovery)
                {
                    continue;
                }

                int sequence = CardLayout.ParseSequence(clip.Id);
                try
                {
                    if (clip.Bytes == 0)
                    {
                        // A clip closed by boot recovery was never seen closing: read it from the card.
                        ClipFacts.TryRead(_card, clip, _fps);
                    }

                    if (!clip.Confirmed && ClipSyncMarker.TryReadMarker(_card, sequence, new byte[32]))
                    {
                        clip.Confirmed = true;
                    }

                    if (clip.Confirmed && !_card.DirectoryExists(CardLayout.ClipDirectory(sequence)))
                    {
                        clip.Freed = true;
                    }
                }
                catch (CardException)
                {
                    // A card gone or faulting says nothing new; the next look tries again.
                }

                closed += clip.Bytes;
                confirmed += clip.Confirmed ? clip.Bytes : 0;
            }

            ConfirmedBytes = confirmed;
            ClosedClipBytes = closed;
        }

        /// <summary>The device is gone (off or cut); an open clip stays open on the card until recovery.</summary>
        public void Detach(long shiftMs, bool cut)
        {
            _sentBefore += _device?.Network?.BodyBytesSent ?? 0;
            _timeline.Syncing(shiftMs, false);
            _device = null;
            _timeline.State(shiftMs, "Off");
            _timeline.Mute(shiftMs, false);
            if (cut && OpenClip != null)
            {
                LeftOpen(shiftMs, "power cut");
            }
        }

        /// <summary>
        /// The open clip stopped recording without the card closing it (power cut, card pulled): the picture and
        /// the status end it here, and recovery's stop line, once the card is mounted again, has the last word.
        /// </summary>
        private void LeftOpen(long shiftMs, string cause)
        {
            TimelineClip clip = OpenClip;
            OpenClip = null;
            clip.Notes.Add(cause + " while recording");
            clip.Close(shiftMs, cause);
            clip.AwaitsRecovery = true;
            _reporter.Note(shiftMs, "clip " + clip.Id + " stopped (" + cause + "): left open on the card until recovery closes it");
        }

        /// <summary>After a mount (boot or card put back): clips left open that recovery has now closed.</summary>
        private void NoteRecoveredClips(long shiftMs)
        {
            foreach (TimelineClip clip in _timeline.Clips)
            {
                if (!clip.AwaitsRecovery)
                {
                    continue;
                }

                try
                {
                    string manifest = CardLayout.ClipManifest(CardLayout.ParseSequence(clip.Id));
                    if (!_card.FileExists(manifest) || !Shared.Media.Manifest.ClipManifest.Load(_card, manifest).IsClosed)
                    {
                        continue;
                    }

                    clip.AwaitsRecovery = false;
                    ClipFacts.TryRead(_card, clip, _fps);
                }
                catch (CardException)
                {
                    continue;
                }

                _reporter.Note(shiftMs, "clip " + clip.Id + " closed (" + clip.CloseCause + ": "
                    + Timeline.TimelinePainter.FormatDuration(clip.VideoMs) + " kept, up to the last flushed frame)");
            }

            RefreshClips();
        }

        private void OnStateChanged(RecorderState from, RecorderState to, string cause, long timeMs)
        {
            long t = _device.ToShift(timeMs);
            _timeline.State(t, InputNames.Of(to));
            if (to == RecorderState.PreEventBuffer && from != RecorderState.PreEventBuffer)
            {
                _bufferingSinceMs = t;
            }

            bool wasOpen = from == RecorderState.Recording || from == RecorderState.PrivacyMuted;
            bool isOpen = to == RecorderState.Recording || to == RecorderState.PrivacyMuted;
            if (wasOpen && !isOpen && OpenClip != null)
            {
                // No clip-closed report came first: the card could not close it.
                LeftOpen(t, cause);
            }

            if (!wasOpen && isOpen && _device.Agent.Media != null)
            {
                string id = CardLayout.Sequence(_device.Agent.Media.ClipSequence);
                OpenClip = _timeline.ClipOpened(t, id, 0);
                OpenClip.ConfiguredPreEventMs = _device.Agent.Config.PreEventSeconds * 1000L;
                OpenClip.BufferedMs = from == RecorderState.PreEventBuffer && _bufferingSinceMs >= 0 ? t - _bufferingSinceMs : 0;
                _reporter.Note(t, "clip " + id + " started (" + cause + ")");
            }

            _reporter.Note(t, InputNames.Of(from) + " -> " + InputNames.Of(to) + " (" + cause + ")");
        }

        private void OnNoticed(RecorderNotice notice, string cause, long timeMs)
        {
            long t = _device.ToShift(timeMs);
            switch (notice)
            {
                case RecorderNotice.Marker:
                    _timeline.Marker(t);
                    _reporter.Note(t, "marker (" + cause + ")");
                    break;
                case RecorderNotice.MuteOn:
                    _timeline.Mute(t, true);
                    _reporter.Note(t, "privacy mute on");
                    break;
                case RecorderNotice.MuteOff:
                    _timeline.Mute(t, false);
                    _reporter.Note(t, "privacy mute off");
                    break;
                case RecorderNotice.SensitiveOn:
                    _reporter.Note(t, "clip flagged sensitive");
                    break;
                case RecorderNotice.SensitiveOff:
                    _reporter.Note(t, "sensitive flag taken off");
                    break;
                case RecorderNotice.Ignored:
                    _reporter.Note(t, "ignored " + cause);
                    break;
                case RecorderNotice.RecordRefused:
                    _reporter.Note(t, "recording refused (" + cause + ")");
                    break;
                default:
                    _reporter.Note(t, "fault: " + cause);
                    break;
            }
        }

        private void OnInput(InputEvent input)
        {
            if (_device == null)
            {
                return;
            }

            long t = _device.ToShift(input.TimeMs);
            switch (input.Kind)
            {
                case InputKind.Docked:
                    _timeline.Dock(t, true);
                    _reporter.Note(t, "docked");
                    break;
                case InputKind.Undocked:
                    _timeline.Dock(t, false);
                    _reporter.Note(t, "undocked");
                    break;
                case InputKind.BatteryLevel:
                case InputKind.BatteryLow:
                case InputKind.BatteryCritical:
                case InputKind.BatteryNormal:
                    _timeline.BatteryReading(t, _device.Drivers.Battery.AverageMillivolts, input.Argument);
                    if (input.Kind == InputKind.BatteryLow || input.Kind == InputKind.BatteryCritical)
                    {
                        _reporter.Note(t, InputNames.Of(input.Kind) + " " + input.Argument.ToString() + "%");
                    }

                    break;
                case InputKind.CardInserted:
                    _reporter.Note(t, InputNames.Of(input.Kind));
                    NoteRecoveredClips(t);
                    break;
                case InputKind.CardRemoved:
                case InputKind.CardFull:
                case InputKind.MediaFault:
                    _reporter.Note(t, InputNames.Of(input.Kind));
                    break;
            }
        }

        private void OnClipClosed(int clipSequence, string cause, long shiftMs)
        {
            string id = CardLayout.Sequence(clipSequence);
            _timeline.ClipClosed(shiftMs, id, cause);
            TimelineClip clip = _timeline.Find(id);
            try
            {
                ClipFacts.TryRead(_card, clip, _fps);
            }
            catch (CardException)
            {
                // The card went with the clip; the summary reads it again at the end if it is there.
            }

            if (OpenClip != null && OpenClip.Id == id)
            {
                OpenClip = null;
            }

            _reporter.Note(shiftMs, "clip " + id + " closed (" + cause + ")");
        }
    }
}
