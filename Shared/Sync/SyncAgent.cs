using System;
using System.Collections;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Time;

namespace BwcFirmware.Shared.Sync
{
    /// <summary>
    /// Delivers the card to the station while docked and not recording: one request per <see cref="Step"/>, so
    /// the device loop is never held for longer than one piece. A clip is marked synced only when the station
    /// has confirmed the SHA-256 of every one of its files.
    /// </summary>
    /// <remarks>
    /// The agent steers by its <see cref="Phase"/>; every transition happens in <see cref="Step"/>:
    /// <code>
    /// any       -> Off        conditions fail (undocked, recording, no network): the upload in hand is dropped
    /// Off       -> Discover   conditions hold: a new docking session
    /// Discover  -> Upload     OPTIONS answered and a file is in hand (resuming after no answer)
    ///           -> NewPass    OPTIONS answered, nothing in hand
    ///           -> Backoff    no usable answer (resumes at Discover)
    /// NewPass   -> NextFile   the card's pending work read into the queue
    /// NextFile  -> Upload     a file to send (same step)
    ///           -> Rest       queue done: status up-to-date or not-confirmed
    /// Upload    -> Upload     progress, resync, smaller pieces
    ///           -> NextFile   file confirmed or set aside
    ///           -> Backoff    fault (resumes at Discover after no answer, else at Upload)
    /// Backoff   -> resume     NextAttemptMs reached (same step)
    /// Rest      -> NewPass    rescan interval over (same step)
    /// </code>
    /// Waiting (Backoff) carries its <see cref="Reason"/> in plain words.
    /// </remarks>
    public sealed class SyncAgent
    {
        private const int MaxResyncsWithoutProgress = 3;
        private const long StationTimeIntervalMs = 60L * 60 * 1000;

        // Card read-back per hash read, while a file's hash is taken a slice per step.
        private const int HashReadBytes = 4096;

        private readonly SyncSettings _settings;
        private readonly TusClient _client;
        private readonly ICardFileSystem _card;
        private readonly ISyncCatalog _catalog;
        private readonly IAuditSink _audit;
        private readonly StationTime _stationTime;
        private readonly UploadJournal _journal;
        private readonly SlicedFileHasher _hasher;
        private readonly Backoff _backoff;
        private readonly SyncQueue _queue = new SyncQueue();
        private readonly ArrayList _setAside = new ArrayList();
        private bool _docked;
        private bool _recording;
        private bool _networkUp = true;
        private SyncPhase _phase = SyncPhase.Off;
        private SyncPhase _resumePhase = SyncPhase.Discover;
        private bool _canTerminate;
        private bool _passHadUnconfirmed;
        private long _nextAttemptMs;
        private long _nextStationTimeMs;
        private int _pieceBytes;
        private int _resyncs;
        private SyncWorkItem _item;
        private FileUpload _upload;

        /// <summary>Creates the agent; <paramref name="stationTime"/> (which sets the clock from the station's Date header) may be null.</summary>
        public SyncAgent(SyncSettings settings, TusClient client, ICardFileSystem card, ISyncCatalog catalog, ISha256 sha256, IAuditSink audit, StationTime stationTime)
        {
            _settings = settings;
            _client = client;
            _card = card;
            _catalog = catalog;
            _audit = audit;
            _stationTime = stationTime;
            _journal = new UploadJournal(card);
            _hasher = new SlicedFileHasher(card, sha256, HashReadBytes);
            _backoff = new Backoff(settings.InitialBackoffMs, settings.MaxBackoffMs, settings.DeviceId);
            _pieceBytes = settings.PieceBytes < SyncSettings.MinPieceBytes ? SyncSettings.MinPieceBytes : settings.PieceBytes;
            Status = SyncStatus.NotDocked;
            LastFault = string.Empty;
            Reason = string.Empty;
        }

        /// <summary>What the agent is doing now.</summary>
        public SyncStatus Status { get; private set; }

        /// <summary>Where the agent stands in the docking session (see the transitions above).</summary>
        public SyncPhase Phase
        {
            get { return _phase; }
        }

        /// <summary>
        /// Why sync waits or pauses, in plain words for the officer ("station refused the token (401)", "station
        /// unreachable", "recording"), or "" while it goes on.
        /// </summary>
        public string Reason { get; private set; }

        /// <summary>The last fault, for the engineer's log ("PATCH 503 clips/000007/000002.avi"), or "".</summary>
        public string LastFault { get; private set; }

        /// <summary>Card path of the file going up, or null.</summary>
        public string CurrentPath
        {
            get { return _upload == null ? null : _upload.File.Path; }
        }

        /// <summary>Bytes of the current file the station holds.</summary>
        public long CurrentOffset
        {
            get { return _upload == null ? 0 : _upload.Offset; }
        }

        /// <summary>Files the station confirmed since start-up.</summary>
        public int FilesConfirmed { get; private set; }

        /// <summary>Files sent but not confirmed since start-up.</summary>
        public int FilesNotConfirmed { get; private set; }

        /// <summary>The PATCH piece size in use (shrinks when the station's body limit is lower).</summary>
        public int PieceBytes
        {
            get { return _pieceBytes; }
        }

        /// <summary>Monotonic time before which the agent sends nothing (backoff or rescan wait).</summary>
        public long NextAttemptMs
        {
            get { return _nextAttemptMs; }
        }

        /// <summary>Tells the agent when it may run: docked, not recording, network up.</summary>
        public void SetConditions(bool docked, bool recording, bool networkUp)
        {
            _docked = docked;
            _recording = recording;
            _networkUp = networkUp;
        }

        /// <summary>Does at most one request. Call it from the device loop as often as convenient.</summary>
        public void Step(long nowMs)
        {
            if (!_docked || _recording || !_networkUp)
            {
                EndSession();
                return;
            }

            if (_phase == SyncPhase.Off)
            {
                StartSession(nowMs);
            }

            if (nowMs < _nextAttemptMs)
            {
                return;
            }

            // Phases that send nothing lead on within the step; the first request, or a wait, ends it.
            while (true)
            {
                switch (_phase)
                {
                    case SyncPhase.Backoff:
                        _phase = _resumePhase;
                        break;
                    case SyncPhase.Rest:
                        _phase = SyncPhase.NewPass;
                        break;
                    case SyncPhase.NewPass:
                        _passHadUnconfirmed = false;
                        _queue.Build(_catalog, _settings.MarkedClipsFirst);
                        _phase = SyncPhase.NextFile;
                        break;
                    case SyncPhase.NextFile:
                        _phase = NextFile(nowMs);
                        if (_phase != SyncPhase.Upload)
                        {
                            return;
                        }

                        break;
                    case SyncPhase.Discover:
                        _phase = Discover(nowMs);
                        return;
                    default:
                        _phase = StepUpload(nowMs);
                        return;
                }
            }
        }

        private void StartSession(long nowMs)
        {
            _phase = SyncPhase.Discover;
            _setAside.Clear();
            _queue.Clear();
            _nextAttemptMs = nowMs;
            _backoff.Reset();
            _nextStationTimeMs = long.MinValue;
        }

        private void EndSession()
        {
            if (_phase != SyncPhase.Off)
            {
                // The journal keeps the upload URL; the next session asks the station where it stands.
                _phase = SyncPhase.Off;
                _upload = null;
                _item = null;
                _queue.Clear();
            }

            Status = _docked ? SyncStatus.Paused : SyncStatus.NotDocked;
            Reason = !_docked ? string.Empty : _recording ? "recording" : "no network";
        }

        private SyncPhase Discover(long nowMs)
        {
            SetStatus(nowMs, SyncStatus.Connecting, null, null);
            TusReply reply = _client.Options();
            ObserveDate(nowMs, reply.Date);
            if (reply.Kind != TusReplyKind.Ok)
            {
                return Wait(nowMs, reply.Kind == TusReplyKind.VersionRejected || reply.Kind == TusReplyKind.Unauthorized || reply.Failure == TransportFailure.Untrusted
                    ? FileStep.Blocked : FileStep.Fault, reply.Describe("OPTIONS"), reply);
            }

            _canTerminate = reply.Extensions != null && reply.Extensions.IndexOf("termination") >= 0;
            _backoff.Reset();
            return _upload != null ? SyncPhase.Upload : SyncPhase.NewPass;
        }

        /// <summary>Takes the next file to send (completing finished items on the way): Upload, or Rest at the end of the pass.</summary>
        private SyncPhase NextFile(long nowMs)
        {
            while (true)
            {
                if (_item == null)
                {
                    if (_queue.IsEmpty)
                    {
                        EndPass(nowMs);
                        return SyncPhase.Rest;
                    }

                    _item = _queue.Take();
                    if (_item == null)
                    {
                        continue;
                    }

                    if (_item.Files == null)
                    {
                        _item.Files = _catalog.ClipFiles(_item.Clip);
                    }
                }

                if (_item.Next >= _item.Files.Length)
                {
                    CompleteItem(nowMs);
                    _item = null;
                    continue;
                }

                SyncFile file = _item.Files[_item.Next];
                if (_setAside.Contains(file.Path))
                {
                    _item.Incomplete = true;
                    _item.Next++;
                    continue;
                }

                FileUpload upload;
                try
                {
                    upload = new FileUpload(file, _settings, _card, _journal, _hasher);
                }
                catch (CardException)
                {
                    SetAside(nowMs, file.Path, "unreadable", null);
                    continue;
                }

                if (upload.AlreadyConfirmed)
                {
                    Confirmed(upload);
                    _item.Next++;
                    continue;
                }

                _upload = upload;
                _resyncs = 0;
                return SyncPhase.Upload;
            }
        }

        private void EndPass(long nowMs)
        {
            _nextAttemptMs = nowMs + _settings.RescanIntervalMs;
            SetStatus(nowMs, _passHadUnconfirmed || _setAside.Count > 0 ? SyncStatus.NotConfirmed : SyncStatus.UpToDate, null, null);
        }

        private SyncPhase StepUpload(long nowMs)
        {
            FileUpload upload = _upload;
            FileStep step = upload.Step(_client, _pieceBytes, _canTerminate);
            TusReply reply = upload.LastReply;
            if (reply != null)
            {
                ObserveDate(nowMs, reply.Date);
            }

            if (upload.HashMismatched)
            {
                _audit.Append(nowMs, AuditEvents.SyncFailed, "file=" + upload.File.Path + " reason=hash-mismatch device=" + upload.Sha256 + " station=" + (upload.StationHash ?? "none"));
            }

            if (upload.JustCompleted)
            {
                _audit.Append(nowMs, AuditEvents.Uploaded, "file=" + upload.File.Path + " bytes=" + upload.Length.ToString() + " sha256=" + upload.Sha256);
            }

            switch (step)
            {
                case FileStep.Progress:
                    _resyncs = 0;
                    _backoff.Reset();
                    SetStatus(nowMs, SyncStatus.Uploading, null, null);
                    return SyncPhase.Upload;
                case FileStep.Resync:
                    _resyncs++;
                    return _resyncs > MaxResyncsWithoutProgress ? Wait(nowMs, FileStep.Fault, Describe(upload), reply) : SyncPhase.Upload;
                case FileStep.PieceTooLarge:
                    HalvePiece(nowMs, upload, "piece-too-large");
                    return SyncPhase.Upload;
                case FileStep.PieceTimedOut:
                    HalvePiece(nowMs, upload, "piece-timed-out");
                    return SyncPhase.Upload;
                case FileStep.Confirmed:
                    FilesConfirmed++;
                    _backoff.Reset();
                    _audit.Append(nowMs, AuditEvents.Confirmed, "file=" + upload.File.Path + " sha256=" + upload.Sha256);
                    Confirmed(upload);
                    _upload = null;
                    _item.Next++;
                    return SyncPhase.NextFile;
                case FileStep.Unconfirmed:
                    FilesNotConfirmed++;
                    _passHadUnconfirmed = true;
                    SetAside(nowMs, upload.File.Path, "unconfirmed", null);
                    return SyncPhase.NextFile;
                case FileStep.Failed:
                    FilesNotConfirmed++;
                    SetAside(nowMs, upload.File.Path, "hash-mismatch", null);
                    return SyncPhase.NextFile;
                case FileStep.SetAside:
                    SetAside(nowMs, upload.File.Path, reply == null ? "card" : "refused", reply == null ? null : Describe(upload));
                    return SyncPhase.NextFile;
                default:
                    return Wait(nowMs, step, Describe(upload), reply);
            }
        }

        private void Confirmed(FileUpload upload)
        {
            if (upload.File.Kind == SyncFile.ManifestKind)
            {
                _item.ManifestSha256 = upload.Sha256;
            }
        }

        /// <summary>Sends smaller pieces from now on (never below <see cref="SyncSettings.MinPieceBytes"/>), audited with the reason.</summary>
        private void HalvePiece(long nowMs, FileUpload upload, string reason)
        {
            _pieceBytes = _pieceBytes / 2 < SyncSettings.MinPieceBytes ? SyncSettings.MinPieceBytes : _pieceBytes / 2;
            _audit.Append(nowMs, AuditEvents.SyncFailed, "file=" + upload.File.Path + " reason=" + reason + " piece=" + _pieceBytes.ToString());
        }

        private void SetAside(long nowMs, string path, string reason, string last)
        {
            if (!_setAside.Contains(path))
            {
                _setAside.Add(path);
            }

            LastFault = "set-aside " + path + " " + reason + (last == null ? string.Empty : " " + last);
            _audit.Append(nowMs, AuditEvents.SyncFailed, "file=" + path + " reason=" + reason + (last == null ? string.Empty : " last=" + SyncText.Word(last)));

            _item.Incomplete = true;
            _upload = null;
            _item.Next++;
        }

        private void CompleteItem(long nowMs)
        {
            if (_item.Incomplete || (_item.Clip >= 0 && _item.ManifestSha256 == null))
            {
                return;
            }

            try
            {
                if (_item.Clip >= 0)
                {
                    long freed = _catalog.MarkClipSynced(_item.Clip, _item.ManifestSha256, nowMs);
                    string clip = "clip=" + CardLayout.Sequence(_item.Clip);
                    _audit.Append(nowMs, AuditEvents.Confirmed, clip + " files=" + _item.Files.Length.ToString() + " manifest-sha256=" + _item.ManifestSha256);
                    if (freed > 0)
                    {
                        _audit.Append(nowMs, AuditEvents.Freed, clip + " bytes=" + freed.ToString());
                    }
                }
                else
                {
                    _catalog.MarkAuditSegmentSynced(_item.Files[0].Sequence, nowMs);
                    _audit.Append(nowMs, AuditEvents.Confirmed, "audit-segment=" + CardLayout.Sequence(_item.Files[0].Sequence));
                }

                for (int i = 0; i < _item.Files.Length; i++)
                {
                    _journal.Remove(_item.Files[i].Path);
                }
            }
            catch (CardException exception)
            {
                LastFault = "mark " + _item.Name + " failed: " + exception.Path;
                _audit.Append(nowMs, AuditEvents.SyncFailed, "item=" + _item.Name + " reason=mark-failed path=" + exception.Path);
            }
        }

        /// <summary>Waits before the next attempt (longest when a person must act), with the reason in plain words: Backoff.</summary>
        private SyncPhase Wait(long nowMs, FileStep step, string detail, TusReply reply)
        {
            SyncStatus status;
            long delay;
            switch (step)
            {
                case FileStep.Blocked:
                    status = SyncStatus.Blocked;
                    delay = _backoff.MaxDelayMs();
                    break;
                case FileStep.StationFull:
                    status = SyncStatus.StationFull;
                    delay = _backoff.NextDelayMs();
                    break;
                default:
                    status = SyncStatus.Retrying;
                    delay = _backoff.NextDelayMs();
                    break;
            }

            // After no answer at all, the station may have restarted with other settings: ask again.
            TusReply last = _upload == null ? null : _upload.LastReply;
            bool askAgain = _phase == SyncPhase.Discover || (last != null && last.Kind == TusReplyKind.NoAnswer);
            _resumePhase = askAgain ? SyncPhase.Discover : SyncPhase.Upload;
            _nextAttemptMs = nowMs + delay;
            LastFault = detail;
            SetStatus(nowMs, status, detail, SyncReasons.Of(reply));
            return SyncPhase.Backoff;
        }

        /// <summary>Sets the status and its reason; the audit records a fault when the status changes, not for every retry.</summary>
        private void SetStatus(long nowMs, SyncStatus status, string detail, string reason)
        {
            Reason = reason ?? string.Empty;
            if (status == Status)
            {
                return;
            }

            Status = status;
            if (detail != null)
            {
                _audit.Append(nowMs, AuditEvents.SyncFailed, "reason=" + SyncStatusNames.Of(status) + " last=" + SyncText.Word(detail)
                    + (Reason.Length > 0 ? " why=" + SyncText.Word(Reason) : string.Empty));
            }
        }

        private void ObserveDate(long nowMs, string date)
        {
            DateTime utc;
            if (_stationTime == null || date == null || nowMs < _nextStationTimeMs || !HttpDate.TryParse(date, out utc))
            {
                return;
            }

            _nextStationTimeMs = nowMs + StationTimeIntervalMs;
            _stationTime.Apply(nowMs, utc, TimeSource.HttpDate);
        }

        private static string Describe(FileUpload upload)
        {
            return upload.LastReply == null ? upload.File.Path : upload.LastReply.Describe(upload.LastMethod) + " " + upload.File.Path;
        }
    }
}
