using System;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Text;
using BwcFirmware.Shared.Time;

namespace BwcFirmware.Shared.Audit
{
    /// <summary>
    /// The durable audit log: hash-chained records appended to segment files under <see cref="CardLayout.AuditDirectory"/>,
    /// each flushed before <see cref="Append"/> returns, so a power cut loses at most the record being written.
    /// Every power-on (and every recovery from a card fault) starts a new segment; closed segments are never
    /// written again, so sync can upload them.
    /// </summary>
    /// <remarks>
    /// Card faults never escape <see cref="Append"/>: recording must go on when the card misbehaves. The log marks
    /// itself <see cref="IsFaulted"/>, keeps the records it could not write in memory (up to
    /// <see cref="AuditLogSettings.HeldRecordLimit"/>, counting any beyond as dropped), and on the next append
    /// starts over from what the card really holds: a <see cref="AuditEvents.Recovery"/> record with both counts,
    /// then the held records, each with the time it happened as <c>at_mono=</c>. A power cut loses what was held.
    /// </remarks>
    public sealed class AuditLog : IAuditSink
    {
        private readonly ICardFileSystem _card;
        private readonly ISha256 _sha;
        private readonly UtcClock _clock;
        private readonly AuditLogSettings _settings;
        private readonly byte[] _digest = new byte[32];
        private byte[] _lineBuffer = new byte[320];
        private readonly long[] _heldTimes;
        private readonly string[] _heldEvents;
        private readonly string[] _heldDetails;
        private int _heldCount;
        private ICardFile _file;
        private int _segment;
        private string _segmentPath;
        private bool _nextSegmentReady;

        /// <summary>
        /// A log on <paramref name="card"/>, chaining with <paramref name="sha"/> and stamping UTC from
        /// <paramref name="clock"/>.
        /// </summary>
        public AuditLog(ICardFileSystem card, ISha256 sha, UtcClock clock, AuditLogSettings settings)
        {
            if (card == null || sha == null || clock == null || settings == null)
            {
                throw new ArgumentNullException(nameof(card));
            }

            _card = card;
            _sha = sha;
            _clock = clock;
            _settings = settings;
            int held = settings.HeldRecordLimit > 0 ? settings.HeldRecordLimit : 0;
            _heldTimes = new long[held];
            _heldEvents = new string[held];
            _heldDetails = new string[held];
            HeadHash = AuditRecord.GenesisHash;
        }

        /// <summary>Sequence number of the last record written (0 before the first).</summary>
        public long LastSequence { get; private set; }

        /// <summary>Hex SHA-256 of the last record written: the chain's head, worth keeping on the station.</summary>
        public string HeadHash { get; private set; }

        /// <summary>Path of the segment records go to ("audit/000003.log"); null while none is open.</summary>
        public string CurrentSegment
        {
            get { return _file == null ? null : _segmentPath; }
        }

        /// <summary>True after a card fault, until a record has been written again.</summary>
        public bool IsFaulted { get; private set; }

        /// <summary>Records given up on since the last successful recovery (the card was away and the held records full).</summary>
        public int DroppedRecords { get; private set; }

        /// <summary>Records kept in memory while the card could not take them, written when it answers again.</summary>
        public int HeldRecords
        {
            get { return _heldCount; }
        }

        /// <summary>
        /// Boot: finds the chain's head on the card and opens a new segment. When the previous segment was cut by
        /// a power loss (or by a card fault), the new segment starts with a <see cref="AuditEvents.Recovery"/>
        /// record naming it, the record it last holds and any partial bytes after it.
        /// Throws <see cref="CardException"/> when the card cannot be used.
        /// </summary>
        public void Open(long nowMs)
        {
            DisposeFile();
            _nextSegmentReady = false;
            _card.CreateDirectory(CardLayout.AuditDirectory);
            AuditTail tail = AuditTail.Find(_card, _sha);
            LastSequence = tail.LastSequence;
            HeadHash = tail.HeadHash;

            if (tail.ReusableEmptySegment > 0)
            {
                _segment = tail.ReusableEmptySegment;
                _segmentPath = CardLayout.AuditSegment(_segment);
                _file = _card.OpenAppend(_segmentPath);
            }
            else
            {
                _segment = tail.NewestSegment + 1;
                _segmentPath = CardLayout.AuditSegment(_segment);
                _file = _card.Create(_segmentPath);
            }

            if (tail.NeedsRecovery || DroppedRecords > 0 || _heldCount > 0)
            {
                string detail = "segment=" + CardLayout.AuditSegment(tail.CutSegment)
                    + " last_seq=" + tail.LastSequence.ToString()
                    + " partial_at=" + tail.PartialOffset.ToString()
                    + " partial_bytes=" + tail.PartialLength.ToString()
                    + " dropped=" + DroppedRecords.ToString();
                if (tail.CutSegment == 0)
                {
                    detail = "segment=none last_seq=0 partial_at=0 partial_bytes=0 dropped=" + DroppedRecords.ToString();
                }

                WriteRecord(nowMs, AuditEvents.Recovery, detail + " held=" + _heldCount.ToString());
            }

            WriteHeld(nowMs);
            IsFaulted = false;
            DroppedRecords = 0;
        }

        /// <inheritdoc />
        public void Append(long timeMs, string eventName, string detail)
        {
            if (!AuditEvents.IsWellFormed(eventName))
            {
                throw new ArgumentException("audit event name");
            }

            if (timeMs < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(timeMs));
            }

            try
            {
                if (_file == null && _nextSegmentReady)
                {
                    StartNextSegment();
                }
                else if (_file == null)
                {
                    Open(timeMs);
                }

                WriteRecord(timeMs, eventName, detail);
                if (_file.Length >= _settings.SegmentLimitBytes)
                {
                    CloseSegment(timeMs);
                }
            }
            catch (CardException)
            {
                Hold(timeMs, eventName, detail);
                Fault();
            }
        }

        /// <summary>
        /// Closes the current segment with a <see cref="AuditEvents.SegmentClosed"/> record so sync can upload it;
        /// the next record opens a new one. Nothing happens when no segment is open.
        /// </summary>
        public void CloseSegment(long nowMs)
        {
            if (_file == null)
            {
                return;
            }

            try
            {
                WriteRecord(nowMs, AuditEvents.SegmentClosed, "segment=" + _segmentPath + " next=" + CardLayout.AuditSegment(_segment + 1));
                DisposeFile();
                _nextSegmentReady = true;
            }
            catch (CardException)
            {
                // Not held: the segment stays unclosed, and the recovery record at the next open says so.
                DroppedRecords++;
                Fault();
            }
        }

        /// <summary>After a clean close the head is known: the next segment starts without scanning the card.</summary>
        private void StartNextSegment()
        {
            _nextSegmentReady = false;
            _segment++;
            _segmentPath = CardLayout.AuditSegment(_segment);
            _file = _card.Create(_segmentPath);
        }

        private void WriteRecord(long timeMs, string eventName, string detail)
        {
            long sequence = LastSequence + 1;
            AuditRecord record = new AuditRecord(sequence, timeMs, _clock.Describe(timeMs), eventName, HeadHash, detail);
            int count = AsciiText.WriteLine(record.Format(), ref _lineBuffer);
            _file.Write(_lineBuffer, 0, count);
            _file.Flush();

            _sha.Reset();
            _sha.Append(_lineBuffer, 0, count);
            _sha.Finish(_digest, 0);
            HeadHash = Hex.ToLower(_digest);
            LastSequence = sequence;
        }

        private void Fault()
        {
            _nextSegmentReady = false;
            IsFaulted = true;
            DisposeFile();
        }

        /// <summary>Keeps a record the card would not take, while there is room; else it is only counted.</summary>
        private void Hold(long timeMs, string eventName, string detail)
        {
            if (_heldCount >= _heldTimes.Length)
            {
                DroppedRecords++;
                return;
            }

            _heldTimes[_heldCount] = timeMs;
            _heldEvents[_heldCount] = eventName;
            _heldDetails[_heldCount] = detail;
            _heldCount++;
        }

        /// <summary>
        /// Writes the held records in their order, each stamped with the time it is written (the chain's times
        /// never go back) and carrying the time it happened as at_mono=.
        /// </summary>
        private void WriteHeld(long nowMs)
        {
            int written = 0;
            try
            {
                while (written < _heldCount)
                {
                    string detail = _heldDetails[written];
                    detail = detail == null || detail.Length == 0 ? string.Empty : detail + " ";
                    WriteRecord(nowMs, _heldEvents[written], detail + "at_mono=" + _heldTimes[written].ToString());
                    written++;
                }
            }
            finally
            {
                // What the card took is gone from memory; the rest waits for the next time it answers.
                int left = _heldCount - written;
                Array.Copy(_heldTimes, written, _heldTimes, 0, left);
                Array.Copy(_heldEvents, written, _heldEvents, 0, left);
                Array.Copy(_heldDetails, written, _heldDetails, 0, left);
                Array.Clear(_heldEvents, left, _heldCount - left);
                Array.Clear(_heldDetails, left, _heldCount - left);
                _heldCount = left;
            }
        }

        private void DisposeFile()
        {
            ICardFile file = _file;
            _file = null;
            if (file != null)
            {
                try
                {
                    file.Dispose();
                }
                catch (CardException)
                {
                    // The card is gone or failing; the next Open finds out what reached it.
                }
            }
        }
    }
}
