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
        private bool _sessionActive;
        private bool _discovered;
        private bool _canTerminate;
        private bool _passDone;
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
        }

        /// <summary>What the agent is doing now.</summary>
        public SyncStatus Status { get; private set; }

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
                Pause(nowMs, _docked ? SyncStatus.Paused : SyncStatus.NotDocked);
                return;
            }

            if (!_sessionActive)
            {
                StartSession(nowMs);
            }

            if (nowMs < _nextAttemptMs)
            {
                return;
            }

            if (!_discovered)
            {
                Discover(nowMs);
                return;
            }

            if (_upload == null && !NextUpload(nowMs))
            {
                return;
            }

            StepUpload(nowMs);
        }

        private void StartSession(long nowMs)
        {
            _sessionActive = true;
            _discovered = false;
            _setAside.Clear();
            _queue.Clear();
            _passDone = true;
            _nextAttemptMs = nowMs;
            _backoff.Reset();
            _nextStationTimeMs = long.MinValue;
        }

        private void Pause(long nowMs, SyncStatus status)
        {
            if (_sessionActive)
            {
                // The journal keeps the upload URL; the next session asks the station where it stands.
                _sessionActive = false;
                _upload = null;
                _item = null;
                _queue.Clear();
            }

            Status = status;
        }

        private void Discover(long nowMs)
        {
            SetStatus(nowMs, SyncStatus.Connecting, null);
            TusReply reply = _client.Options();
            ObserveDate(nowMs, reply.Date);
            if (reply.Kind != TusReplyKind.Ok)
            {
                Wait(nowMs, reply.Kind == TusReplyKind.VersionRejected || reply.Kind == TusReplyKind.Unauthorized || reply.Failure == TransportFailure.Untrusted
                    ? FileStep.Blocked : FileStep.Fault, reply.Describe("OPTIONS"));
                return;
            }

            _discovered = true;
            _canTerminate = reply.Extensions != null && reply.Extensions.IndexOf("termination") >= 0;
            _backoff.Reset();
        }

        private bool NextUpload(long nowMs)
        {
            while (true)
            {
                if (_item == null)
                {
                    if (_queue.IsEmpty)
                    {
                        if (!_passDone)
                        {
                            EndPass(nowMs);
                            return false;
                        }

                        _passDone = false;
                        _passHadUnconfirmed = false;
                        _queue.Build(_catalog, _settings.MarkedClipsFirst);
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
                return true;
            }
        }

        private void EndPass(long nowMs)
        {
            _passDone = true;
            _nextAttemptMs = nowMs + _settings.RescanIntervalMs;
            SetStatus(nowMs, _passHadUnconfirmed || _setAside.Count > 0 ? SyncStatus.NotConfirmed : SyncStatus.UpToDate, null);
        }

        private void StepUpload(long nowMs)
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
                    SetStatus(nowMs, SyncStatus.Uploading, null);
                    break;
                case FileStep.Resync:
                    _resyncs++;
                    if (_resyncs > MaxResyncsWithoutProgress)
                    {
                        Wait(nowMs, FileStep.Fault, Describe(upload));
                    }

                    break;
                case FileStep.PieceTooLarge:
                    HalvePiece(nowMs, upload, "piece-too-large");
                    break;
                case FileStep.PieceTimedOut:
                    HalvePiece(nowMs, upload, "piece-timed-out");
                    break;
                case FileStep.Confirmed:
                    FilesConfirmed++;
                    _backoff.Reset();
                    _audit.Append(nowMs, AuditEvents.Confirmed, "file=" + upload.File.Path + " sha256=" + upload.Sha256);
                    Confirmed(upload);
                    FileDone();
                    break;
                case FileStep.Unconfirmed:
                    FilesNotConfirmed++;
                    _passHadUnconfirmed = true;
                    SetAside(nowMs, upload.File.Path, "unconfirmed", null);
                    break;
                case FileStep.Failed:
                    FilesNotConfirmed++;
                    SetAside(nowMs, upload.File.Path, "hash-mismatch", null);
                    break;
                case FileStep.SetAside:
                    SetAside(nowMs, upload.File.Path, reply == null ? "card" : "refused", reply == null ? null : Describe(upload));
                    break;
                default:
                    Wait(nowMs, step, Describe(upload));
                    break;
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

        private void FileDone()
        {
            _upload = null;
            _item.Next++;
        }

        private void SetAside(long nowMs, string path, string reason, string last)
        {
            if (!_setAside.Contains(path))
            {
                _setAside.Add(path);
            }

            LastFault = "set-aside " + path + " " + reason + (last == null ? string.Empty : " " + last);
            _audit.Append(nowMs, AuditEvents.SyncFailed, "file=" + path + " reason=" + reason + (last == null ? string.Empty : " last=" + AsciiText.Word(last)));

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

        private void Wait(long nowMs, FileStep step, string detail)
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
            if (last != null && last.Kind == TusReplyKind.NoAnswer)
            {
                _discovered = false;
            }

            _nextAttemptMs = nowMs + delay;
            LastFault = detail;
            SetStatus(nowMs, status, detail);
        }

        private void SetStatus(long nowMs, SyncStatus status, string detail)
        {
            if (status == Status)
            {
                return;
            }

            Status = status;
            if (detail != null)
            {
                _audit.Append(nowMs, AuditEvents.SyncFailed, "reason=" + SyncStatusNames.Of(status) + " last=" + AsciiText.Word(detail));
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
