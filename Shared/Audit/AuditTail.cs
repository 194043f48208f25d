using System;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;

namespace BwcFirmware.Shared.Audit
{
    /// <summary>
    /// What boot needs to know about the log already on the card: the chain's head (last complete record and its
    /// hash) and whether the newest segment was cut short instead of closed.
    /// </summary>
    internal sealed class AuditTail
    {
        private AuditTail()
        {
            HeadHash = AuditRecord.GenesisHash;
        }

        /// <summary>Highest segment number present (0: none).</summary>
        public int NewestSegment { get; private set; }

        /// <summary>The newest segment when it is empty (created, then power lost before its first record); else 0.</summary>
        public int ReusableEmptySegment { get; private set; }

        /// <summary>Sequence number of the last complete record (0: none).</summary>
        public long LastSequence { get; private set; }

        /// <summary>Hex SHA-256 of the last complete record, or the genesis hash.</summary>
        public string HeadHash { get; private set; }

        /// <summary>True when the last segment holding bytes does not end with a segment-closed record.</summary>
        public bool NeedsRecovery { get; private set; }

        /// <summary>That segment's number (0: none).</summary>
        public int CutSegment { get; private set; }

        /// <summary>Offset of the partial record after its last line feed.</summary>
        public long PartialOffset { get; private set; }

        /// <summary>Bytes of that partial record (0: the cut fell between records).</summary>
        public long PartialLength { get; private set; }

        /// <summary>Scans the newest segments on <paramref name="card"/>, hashing with <paramref name="sha"/>.</summary>
        public static AuditTail Find(ICardFileSystem card, ISha256 sha)
        {
            AuditTail tail = new AuditTail();
            int[] segments = AuditSegmentName.List(card);
            if (segments.Length == 0)
            {
                return tail;
            }

            int index = segments.Length - 1;
            tail.NewestSegment = segments[index];
            if (card.GetLength(CardLayout.AuditSegment(segments[index])) == 0)
            {
                tail.ReusableEmptySegment = segments[index];
                index--;
            }

            byte[] last = new byte[AuditSegmentReader.MaxLineBytes];
            for (int i = index; i >= 0; i--)
            {
                string path = CardLayout.AuditSegment(segments[i]);
                AuditSegmentReader reader = new AuditSegmentReader(card, path);
                int lastLength = 0;
                long parsedSequence = 0;
                long linesSinceParsed = 0;
                bool lastIsClose = false;
                while (reader.ReadNext())
                {
                    lastLength = reader.LineLength;
                    Array.Copy(reader.LineBytes, 0, last, 0, lastLength);
                    AuditRecord record;
                    if (!reader.LineOversized && AuditRecord.TryParse(reader.LineText(), out record))
                    {
                        parsedSequence = record.Sequence;
                        linesSinceParsed = 0;
                        lastIsClose = record.EventName == AuditEvents.SegmentClosed;
                    }
                    else
                    {
                        linesSinceParsed++;
                        lastIsClose = false;
                    }
                }

                if (i == index)
                {
                    tail.CutSegment = segments[i];
                    tail.PartialOffset = reader.PartialOffset;
                    tail.PartialLength = reader.PartialLength;
                    tail.NeedsRecovery = !lastIsClose || reader.PartialLength > 0;
                }

                if (lastLength > 0)
                {
                    // A damaged line still counts: the chain goes on from its bytes and the verifier names it.
                    tail.LastSequence = parsedSequence + linesSinceParsed;
                    byte[] digest = new byte[32];
                    sha.Reset();
                    sha.Append(last, 0, lastLength);
                    sha.Finish(digest, 0);
                    tail.HeadHash = Hex.ToLower(digest);
                    break;
                }
            }

            return tail;
        }
    }
}
