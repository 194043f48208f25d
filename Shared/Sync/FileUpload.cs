using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;

namespace BwcFirmware.Shared.Sync
{
    /// <summary>
    /// The upload of one card file, one request (or one hash slice) per <see cref="Step"/>. Resumes from the
    /// journal, asks the station where it is (HEAD) whenever the last outcome is uncertain, and never takes a
    /// station's word for delivery unless its computed hash equals the device's.
    /// </summary>
    internal sealed class FileUpload
    {
        private static readonly byte[] s_digest = new byte[32];

        private readonly SyncFile _file;
        private readonly SyncSettings _settings;
        private readonly ICardFileSystem _card;
        private readonly UploadJournal _journal;
        private readonly SlicedFileHasher _hasher;
        private readonly long _length;
        private string _hash;
        private bool _hashing;
        private UploadRecord _record;
        private bool _needHead;
        private string _pendingDelete;
        private int _restarts;
        private long _savedOffset;

        /// <summary>Prepares the upload of <paramref name="file"/>, picking up its journal record.</summary>
        public FileUpload(SyncFile file, SyncSettings settings, ICardFileSystem card, UploadJournal journal, SlicedFileHasher hasher)
        {
            _file = file;
            _settings = settings;
            _card = card;
            _journal = journal;
            _hasher = hasher;
            _length = card.GetLength(file.Path);
            _hash = SyncText.IsSha256Hex(file.Sha256) ? file.Sha256.ToLower() : null;
            _record = journal.Load(file.Path);
            if (_record != null && (_record.Length != _length || (_hash != null && _record.Sha256 != _hash)))
            {
                // The card file is not what the record describes: start a new upload, drop the old one.
                _pendingDelete = _record.Url;
                _journal.Remove(file.Path);
                _record = null;
            }

            if (_record != null)
            {
                _hash = _record.Sha256;
                _savedOffset = _record.Offset;
                _needHead = _record.Url != null;
                if (_record.Phase == UploadPhase.Failed)
                {
                    // A new docking session gives a set-aside file fresh attempts on a fresh upload.
                    Restart();
                }
            }
        }

        /// <summary>The file.</summary>
        public SyncFile File
        {
            get { return _file; }
        }

        /// <summary>File length.</summary>
        public long Length
        {
            get { return _length; }
        }

        /// <summary>Bytes the station holds, as last reported.</summary>
        public long Offset
        {
            get { return _record == null ? 0 : _record.Offset; }
        }

        /// <summary>The device's hash, once known.</summary>
        public string Sha256
        {
            get { return _hash; }
        }

        /// <summary>True when the journal already says the station confirmed the file.</summary>
        public bool AlreadyConfirmed
        {
            get { return _record != null && _record.Phase == UploadPhase.Confirmed; }
        }

        /// <summary>The answer of the last request, or null when the last step sent none.</summary>
        public TusReply LastReply { get; private set; }

        /// <summary>Method of the last request ("PATCH").</summary>
        public string LastMethod { get; private set; }

        /// <summary>The station's hash when it differed from the device's, for the audit record.</summary>
        public string StationHash { get; private set; }

        /// <summary>True when the last step found the station's hash differing from the device's.</summary>
        public bool HashMismatched { get; private set; }

        /// <summary>True when the last step completed the upload (the final PATCH, or a HEAD showing it complete).</summary>
        public bool JustCompleted { get; private set; }

        /// <summary>Does one request, or one slice of hashing.</summary>
        public FileStep Step(TusClient client, int pieceBytes, bool canTerminate)
        {
            LastReply = null;
            LastMethod = null;
            JustCompleted = false;
            HashMismatched = false;
            StationHash = null;
            if (_pendingDelete != null)
            {
                string url = _pendingDelete;
                _pendingDelete = null;
                if (canTerminate)
                {
                    // Best effort: an abandoned upload the station keeps is only clutter, never a delivery.
                    return Sent("DELETE", client.Delete(url)).Kind == TusReplyKind.NoAnswer ? FileStep.Fault : FileStep.Progress;
                }
            }

            if (_hash == null)
            {
                return HashSlice();
            }

            if (_record == null || _record.Url == null)
            {
                return Create(client);
            }

            return _needHead ? Head(client, canTerminate) : Patch(client, pieceBytes, canTerminate);
        }

        private FileStep HashSlice()
        {
            if (!_hashing)
            {
                // The agent's one hasher may still hold a file dropped half-hashed (an undock, a set-aside).
                _hasher.Cancel();
                _hasher.Start(_file.Path);
                _hashing = true;
            }

            bool done;
            try
            {
                done = _hasher.TryFinish(_settings.HashSliceBytes, s_digest, 0);
            }
            catch (CardException)
            {
                _hashing = false;
                return FileStep.SetAside;
            }

            if (!done)
            {
                return FileStep.Progress;
            }

            _hashing = false;
            if (_hasher.HashedBytes != _length)
            {
                // The file changed length under us: it is not closed, or the card is failing.
                return FileStep.SetAside;
            }

            _hash = Hex.ToLower(s_digest, 0, 32);
            return FileStep.Progress;
        }

        private FileStep Create(TusClient client)
        {
            TusMetadata metadata = new TusMetadata();
            metadata.Add("filename", _file.Path);
            metadata.Add("kind", _file.Kind);
            metadata.Add("device", _settings.DeviceId);
            metadata.Add("clip", _file.Clip < 0 ? string.Empty : CardLayout.Sequence(_file.Clip));
            metadata.Add("sequence", _file.Sequence < 0 ? string.Empty : CardLayout.Sequence(_file.Sequence));
            metadata.Add("sha256", _hash);
            if (_file.Clip >= 0)
            {
                // Every file of a clip says whether the officer flagged it, so the station restricts them all.
                metadata.Add("sensitive", _file.Sensitive ? "on" : "off");
            }
            else if (_settings.ChainHead != null)
            {
                // The station keeps the newest head per device: a card cut back later no longer verifies against it.
                metadata.Add("head-seq", _settings.ChainHead.Sequence.ToString());
                metadata.Add("head-sha256", _settings.ChainHead.Sha256);
            }

            TusReply reply = Sent("POST", client.Create(_length, metadata));
            if (reply.Kind == TusReplyKind.TooLarge)
            {
                return FileStep.SetAside;
            }

            if (reply.Kind != TusReplyKind.Ok)
            {
                return Failure(reply);
            }

            if (_record == null)
            {
                _record = new UploadRecord(_file.Path, _length, _hash);
            }

            _record.Url = reply.Location;
            _record.Offset = 0;
            _record.Phase = UploadPhase.Uploading;
            _savedOffset = 0;
            _journal.Save(_record);

            // An empty file is complete at creation; HEAD fetches the station's verdict.
            _needHead = _length == 0;
            return FileStep.Progress;
        }

        private FileStep Head(TusClient client, bool canTerminate)
        {
            TusReply reply = Sent("HEAD", client.Head(_record.Url));
            if (reply.Kind == TusReplyKind.Gone)
            {
                return StartOver(false, canTerminate);
            }

            if (reply.Kind != TusReplyKind.Ok)
            {
                return Failure(reply);
            }

            if ((reply.Length >= 0 && reply.Length != _length) || reply.Offset > _length)
            {
                // Not our file, or impossible: trust nothing this upload says and start a new one.
                return StartOver(true, canTerminate);
            }

            _needHead = false;
            _record.Offset = reply.Offset;
            if (reply.Offset == _length)
            {
                return Finish(reply, canTerminate);
            }

            if (_record.Phase != UploadPhase.Uploading)
            {
                _record.Phase = UploadPhase.Uploading;
                _journal.Save(_record);
            }

            return FileStep.Progress;
        }

        private FileStep Patch(TusClient client, int pieceBytes, bool canTerminate)
        {
            if (_record.Phase == UploadPhase.Unconfirmed || _record.Phase == UploadPhase.Confirmed)
            {
                return _record.Phase == UploadPhase.Confirmed ? FileStep.Confirmed : FileStep.Unconfirmed;
            }

            long offset = _record.Offset;
            long count = _length - offset;
            if (count > pieceBytes)
            {
                count = pieceBytes;
            }

            TusReply reply = Sent("PATCH", client.Patch(_record.Url, _file.Path, offset, count));
            switch (reply.Kind)
            {
                case TusReplyKind.Ok:
                    break;
                case TusReplyKind.OffsetMismatch:
                    _needHead = true;
                    return FileStep.Resync;
                case TusReplyKind.Gone:
                    return StartOver(false, canTerminate);
                case TusReplyKind.ChecksumMismatch:
                    StationHash = reply.ComputedSha256;
                    JustCompleted = true;
                    return Mismatch(canTerminate);
                case TusReplyKind.TooLarge:
                    return pieceBytes > SyncSettings.MinPieceBytes ? FileStep.PieceTooLarge : FileStep.SetAside;
                default:
                    if (reply.Kind == TusReplyKind.NoAnswer && reply.Failure == TransportFailure.CardRead)
                    {
                        return FileStep.SetAside;
                    }

                    // Unknown how much landed: ask before sending more.
                    _needHead = true;
                    if (reply.Kind == TusReplyKind.NoAnswer && reply.Failure == TransportFailure.Timeout && pieceBytes > SyncSettings.MinPieceBytes)
                    {
                        // The device bounds every request below its watchdog: a piece the link cannot carry in that time never lands.
                        return FileStep.PieceTimedOut;
                    }

                    return Failure(reply);
            }

            _record.Offset = reply.Offset;
            if (reply.Offset == _length)
            {
                return Finish(reply, canTerminate);
            }

            if (_record.Offset - _savedOffset >= _settings.OffsetSaveIntervalBytes)
            {
                _savedOffset = _record.Offset;
                _journal.Save(_record);
            }

            return FileStep.Progress;
        }

        private FileStep Finish(TusReply reply, bool canTerminate)
        {
            JustCompleted = _record.Phase == UploadPhase.Uploading;
            if (reply.ComputedSha256 == null)
            {
                _record.Phase = UploadPhase.Unconfirmed;
                _journal.Save(_record);
                return FileStep.Unconfirmed;
            }

            if (reply.ComputedSha256 != _hash)
            {
                StationHash = reply.ComputedSha256;
                return Mismatch(canTerminate);
            }

            _record.Phase = UploadPhase.Confirmed;
            _journal.Save(_record);
            return FileStep.Confirmed;
        }

        private FileStep Mismatch(bool canTerminate)
        {
            HashMismatched = true;
            _record.Mismatches++;
            if (_record.Mismatches >= _settings.MaxMismatchesPerFile)
            {
                _record.Phase = UploadPhase.Failed;
                _journal.Save(_record);
                return FileStep.Failed;
            }

            return StartOver(true, canTerminate);
        }

        /// <summary>Drops the current station upload (DELETE first when <paramref name="delete"/>) and creates a new one next.</summary>
        private FileStep StartOver(bool delete, bool canTerminate)
        {
            _restarts++;
            if (_restarts > _settings.MaxMismatchesPerFile)
            {
                // A station that keeps losing or garbling this upload gets no more duplicates this session.
                return FileStep.SetAside;
            }

            if (delete && canTerminate)
            {
                _pendingDelete = _record.Url;
            }

            Restart();
            _journal.Save(_record);
            return FileStep.Resync;
        }

        private void Restart()
        {
            if (_record.Phase == UploadPhase.Failed)
            {
                _pendingDelete = _record.Url;
                _record.Mismatches = 0;
            }

            _record.Url = null;
            _record.Offset = 0;
            _record.Phase = UploadPhase.Uploading;
            _savedOffset = 0;
            _needHead = false;
        }

        private TusReply Sent(string method, TusReply reply)
        {
            LastMethod = method;
            LastReply = reply;
            return reply;
        }

        private static FileStep Failure(TusReply reply)
        {
            switch (reply.Kind)
            {
                case TusReplyKind.Unauthorized:
                case TusReplyKind.VersionRejected:
                    return FileStep.Blocked;
                case TusReplyKind.StationFull:
                    return FileStep.StationFull;
                case TusReplyKind.NoAnswer:
                    return reply.Failure == TransportFailure.Untrusted ? FileStep.Blocked : FileStep.Fault;
                default:
                    return FileStep.Fault;
            }
        }
    }
}
