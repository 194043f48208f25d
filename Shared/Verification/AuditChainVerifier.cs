using System;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;

namespace BwcFirmware.Shared.Verification
{
    /// <summary>
    /// Checks the audit log on a card (or a station's copy of it): every record well-formed, sequence numbers
    /// without gaps, each record carrying the SHA-256 of the one before, segments closed or their power cut
    /// recorded at the next boot, and no segment missing unless the chain records it freed after sync.
    /// </summary>
    public sealed class AuditChainVerifier
    {
        private readonly ICardFileSystem _card;
        private readonly ISha256 _sha;
        private readonly VerificationReport _report;
        private readonly AuditChainIndex _index = new AuditChainIndex();
        private readonly byte[] _digest = new byte[32];

        private long _expectedSequence;
        private string _expectedPrevious;
        private string _lastPath;
        private long _lastRecordStart;
        private long _lastRecordEnd;
        private string _openObligation;
        private string _cutSegment;
        private long _cutOffset;
        private long _cutLength;
        private long _watched;

        /// <summary>Verifies the log on <paramref name="card"/> into <paramref name="report"/>.</summary>
        public AuditChainVerifier(ICardFileSystem card, ISha256 sha, VerificationReport report)
        {
            if (card == null || sha == null || report == null)
            {
                throw new ArgumentNullException(nameof(card));
            }

            _card = card;
            _sha = sha;
            _report = report;
        }

        /// <summary>Sequence number of a record whose hash and place to note while reading (0: none), for a head check.</summary>
        public long Watched
        {
            get { return _watched; }
            set { _watched = value; }
        }

        /// <summary>Hex SHA-256 of the watched record as the card holds it, or null when it is not on the card.</summary>
        public string WatchedHash { get; private set; }

        /// <summary>Segment holding the watched record, or null.</summary>
        public string WatchedPath { get; private set; }

        /// <summary>Byte range of the watched record in <see cref="WatchedPath"/>.</summary>
        public long WatchedStart { get; private set; }

        /// <summary>End of the watched record's byte range.</summary>
        public long WatchedEnd { get; private set; }

        /// <summary>Runs the checks; returns the files the chain mentions, for the manifest and chunk checks.</summary>
        public AuditChainIndex Verify()
        {
            int[] segments = AuditSegmentName.List(_card);
            if (segments.Length == 0)
            {
                _report.Fail(CardLayout.AuditDirectory, -1, -1, -1, "no audit segments");
                return _index;
            }

            if (segments[0] == 1)
            {
                // The card holds the chain from its start: the first record must be number 1 on the genesis hash.
                _expectedSequence = 1;
                _expectedPrevious = AuditRecord.GenesisHash;
            }

            int previousNumber = segments[0] == 1 ? 0 : segments[0] - 1;
            for (int i = 0; i < segments.Length; i++)
            {
                if (segments[i] != previousNumber + 1)
                {
                    // Missing segments are judged once the whole chain is known (they may be recorded freed).
                    _expectedSequence = 0;
                    _expectedPrevious = null;
                    _openObligation = null;
                    _cutSegment = null;
                }

                VerifySegment(CardLayout.AuditSegment(segments[i]), i == segments.Length - 1);
                previousNumber = segments[i];
            }

            CheckMissingSegments(segments);
            _report.HeadSequence = _expectedSequence == 0 ? 0 : _expectedSequence - 1;
            _report.HeadHash = _expectedPrevious;
            return _index;
        }

        private void VerifySegment(string path, bool newest)
        {
            _report.SegmentsChecked++;
            AuditSegmentReader reader = new AuditSegmentReader(_card, path);
            bool first = true;
            bool closed = false;
            while (reader.ReadNext())
            {
                long start = reader.LineOffset;
                long end = start + reader.LineTotalLength;
                string hash = HashLine(reader);
                AuditRecord record;
                if (reader.LineOversized || !AuditRecord.TryParse(reader.LineText(), out record))
                {
                    long guess = _expectedSequence > 0 ? _expectedSequence : -1;
                    _report.Fail(path, guess, start, end, "malformed record (altered or damaged)");
                    Advance(path, start, end, hash, guess);
                    first = false;
                    closed = false;
                    continue;
                }

                if (closed)
                {
                    _report.Fail(path, record.Sequence, start, end, "record after the segment was closed");
                }

                if (first)
                {
                    CheckSegmentStart(path, record, start, end);
                }

                CheckLink(path, record, start, end);
                if (_watched > 0 && record.Sequence == _watched)
                {
                    WatchedHash = hash;
                    WatchedPath = path;
                    WatchedStart = start;
                    WatchedEnd = end;
                }

                Remember(path, record);
                Advance(path, start, end, hash, record.Sequence);
                _report.RecordsChecked++;
                first = false;
                closed = record.EventName == AuditEvents.SegmentClosed;
                if (closed)
                {
                    string next = record.DetailValue("next");
                    _openObligation = next;
                }
            }

            if (first && reader.PartialLength == 0)
            {
                _report.Note(path, -1, -1, -1, "empty segment");
                return;
            }

            if (first && _cutSegment != null)
            {
                // Power failed again while boot was writing the recovery record for _cutSegment; the chain's
                // hashes still bind that segment's records, and the next recovery names this segment instead.
                _report.Note(_cutSegment, -1, _cutOffset, _cutOffset + _cutLength, "segment cut short; its recovery record was itself cut by a power loss");
            }

            if (first && !newest)
            {
                _report.Note(path, -1, reader.PartialOffset, reader.PartialOffset + reader.PartialLength, "holds only a partial record (power cut while the segment was started)");
            }

            if (closed && reader.PartialLength == 0)
            {
                _cutSegment = null;
                return;
            }

            _openObligation = null;
            _cutSegment = path;
            _cutOffset = reader.PartialOffset;
            _cutLength = reader.PartialLength;
            if (newest)
            {
                string partial = reader.PartialLength > 0
                    ? "; a partial record follows (power cut, recorded at the next boot)"
                    : string.Empty;
                long partialEnd = reader.PartialOffset + reader.PartialLength;
                _report.Note(path, -1, reader.PartialLength > 0 ? reader.PartialOffset : -1, reader.PartialLength > 0 ? partialEnd : -1, "newest segment still open" + partial);
            }
        }

        private void CheckSegmentStart(string path, AuditRecord record, long start, long end)
        {
            if (_openObligation != null && _openObligation != path)
            {
                _report.Fail(path, record.Sequence, start, end, "previous segment was closed naming " + _openObligation + " as next");
            }

            _openObligation = null;
            if (_cutSegment == null)
            {
                return;
            }

            string expected = "segment=" + _cutSegment + " at " + _cutOffset.ToString() + " (" + _cutLength.ToString() + " partial bytes)";
            if (record.EventName != AuditEvents.Recovery)
            {
                _report.Fail(_cutSegment, -1, _cutOffset, _cutOffset + _cutLength, "segment ends without segment-closed and no recovery record follows (truncated?)");
            }
            else if (record.DetailValue("segment") != _cutSegment
                || record.DetailValue("partial_at") != _cutOffset.ToString()
                || record.DetailValue("partial_bytes") != _cutLength.ToString())
            {
                _report.Fail(_cutSegment, -1, _cutOffset, _cutOffset + _cutLength, "segment end differs from its recovery record (expected " + expected + ", record " + record.Sequence.ToString() + " says otherwise)");
            }
            else if (_cutLength > 0)
            {
                _report.Note(_cutSegment, -1, _cutOffset, _cutOffset + _cutLength, "partial record from a power cut, recorded by record " + record.Sequence.ToString());
            }

            _cutSegment = null;
        }

        private void CheckLink(string path, AuditRecord record, long start, long end)
        {
            if (_expectedSequence > 0 && record.Sequence != _expectedSequence)
            {
                string what = record.Sequence == _expectedSequence + 1
                    ? "record " + _expectedSequence.ToString() + " missing"
                    : "records " + _expectedSequence.ToString() + "-" + (record.Sequence - 1).ToString() + " missing";
                if (record.Sequence < _expectedSequence)
                {
                    what = "out of order (expected " + _expectedSequence.ToString() + ")";
                }

                _report.Fail(path, record.Sequence, start, end, "sequence gap: " + what);
            }

            if (_expectedPrevious == null)
            {
                _report.Note(path, record.Sequence, start, end, "chain checked from here: earlier records are not present");
            }

            if (_lastPath == null && _expectedPrevious != null && record.PreviousHash != _expectedPrevious)
            {
                _report.Fail(path, record.Sequence, start, end, "first record of the chain does not carry the genesis hash (zeros)");
            }
            else if (_expectedPrevious != null && record.PreviousHash != _expectedPrevious)
            {
                _report.Fail(
                    path,
                    record.Sequence,
                    start,
                    end,
                    "previous-record hash does not match " + _lastPath + " bytes " + _lastRecordStart.ToString() + "-"
                        + _lastRecordEnd.ToString() + ": that record was altered, or records were removed or reordered");
            }
        }

        private void Remember(string path, AuditRecord record)
        {
            if (!AuditEvents.IsKnown(record.EventName))
            {
                _report.Note(path, record.Sequence, -1, -1, "unknown event '" + record.EventName + "' (newer firmware?)");
            }

            string file = record.DetailValue(AuditDetail.FileKey);
            if (file != null)
            {
                _index.Add(new FileMention(record.EventName, file, record.DetailValue(AuditDetail.Sha256Key), record.Sequence, path));
            }

            string clip = record.DetailValue(AuditDetail.ClipKey);
            if (clip == null || clip.Length != CardLayout.SequenceDigits || CardLayout.ParseSequence(clip) <= 0)
            {
                return;
            }

            string manifestSha = record.DetailValue(AuditDetail.ManifestSha256Key);
            string clipDirectory = CardLayout.ClipsDirectory + "/" + clip;
            if (manifestSha != null)
            {
                _index.Add(new FileMention(AuditChainIndex.Anchor, clipDirectory + "/" + CardLayout.ManifestName, manifestSha, record.Sequence, path));
            }
            else if (IsClipDeletion(record))
            {
                _index.Add(new FileMention(AuditEvents.Freed, clipDirectory, null, record.Sequence, path));
            }
        }

        /// <summary>
        /// Retention's "deleted synced clip=..." and boot recovery's "finished deleting synced clip=..." (a
        /// deletion a power cut interrupted): the card store deletes only clips the station confirmed.
        /// </summary>
        private static bool IsClipDeletion(AuditRecord record)
        {
            return (record.EventName == AuditEvents.Retention && record.Detail.StartsWith("deleted synced "))
                || (record.EventName == AuditEvents.Recovery && record.Detail.StartsWith("finished deleting synced "));
        }

        private void Advance(string path, long start, long end, string hash, long sequence)
        {
            _expectedPrevious = hash;
            _expectedSequence = sequence > 0 ? sequence + 1 : (_expectedSequence > 0 ? _expectedSequence + 1 : 0);
            _lastPath = path;
            _lastRecordStart = start;
            _lastRecordEnd = end;
        }

        private void CheckMissingSegments(int[] segments)
        {
            int expected = 1;
            for (int i = 0; i < segments.Length; i++)
            {
                for (int missing = expected; missing < segments[i]; missing++)
                {
                    string path = CardLayout.AuditSegment(missing);
                    FileMention freed = _index.FindLast(AuditEvents.Freed, path);
                    if (freed == null)
                    {
                        _report.Fail(path, -1, -1, -1, "audit segment missing and not recorded as freed");
                    }
                    else
                    {
                        _report.Note(path, freed.Sequence, -1, -1, "freed after the station confirmed it (record in " + freed.Segment + ")");
                    }
                }

                expected = segments[i] + 1;
            }
        }

        private string HashLine(AuditSegmentReader reader)
        {
            _sha.Reset();
            _sha.Append(reader.LineBytes, 0, reader.LineLength);
            _sha.Finish(_digest, 0);
            return Hex.ToLower(_digest);
        }
    }
}
