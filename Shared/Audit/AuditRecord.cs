using System;

namespace BwcFirmware.Shared.Audit
{
    /// <summary>
    /// One line of the audit log:
    /// <c>seq=42 mono=123456 utc=2026-11-26T03:55:15.123Z event=state prev=&lt;64 hex&gt; detail=...</c>.
    /// The fields come in this order, separated by one space; only the detail (last) may contain spaces.
    /// A record is printable ASCII and ends with a line feed; its hash is the SHA-256 of exactly those bytes,
    /// line feed included, so <c>sed -n 5p 000001.log | sha256sum</c> reproduces it by hand.
    /// </summary>
    public sealed class AuditRecord
    {
        /// <summary>Hex digits of a SHA-256.</summary>
        public const int HashHexLength = 64;

        /// <summary>The "previous hash" of the very first record of a device: 64 zeros.</summary>
        public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

        /// <summary>Longest detail kept; longer details are cut so a power cut can only ever lose a short line.</summary>
        public const int MaxDetailLength = 240;

        private const string SeqKey = "seq=";
        private const string MonoKey = " mono=";
        private const string UtcKey = " utc=";
        private const string EventKey = " event=";
        private const string PrevKey = " prev=";
        private const string DetailKey = " detail=";

        /// <summary>Creates a record; <paramref name="detail"/> is cleaned with <see cref="CleanDetail"/>.</summary>
        public AuditRecord(long sequence, long monotonicMs, string utc, string eventName, string previousHash, string detail)
        {
            Sequence = sequence;
            MonotonicMs = monotonicMs;
            Utc = utc;
            EventName = eventName;
            PreviousHash = previousHash;
            Detail = CleanDetail(detail);
        }

        /// <summary>Position in the device's chain, from 1, never reused.</summary>
        public long Sequence { get; }

        /// <summary>Milliseconds since this power-on.</summary>
        public long MonotonicMs { get; }

        /// <summary>UTC as written ("2026-11-26T03:55:15.123Z") or "not-set".</summary>
        public string Utc { get; }

        /// <summary>The event name (see <see cref="AuditEvents"/>).</summary>
        public string EventName { get; }

        /// <summary>Lower-case hex SHA-256 of the record before this one.</summary>
        public string PreviousHash { get; }

        /// <summary>Human-readable specifics, usually "key=value" pairs.</summary>
        public string Detail { get; }

        /// <summary>The record as one line, without the line feed.</summary>
        public string Format()
        {
            return SeqKey + Sequence.ToString() + MonoKey + MonotonicMs.ToString() + UtcKey + Utc + EventKey + EventName
                + PrevKey + PreviousHash + DetailKey + Detail;
        }

        /// <summary>
        /// The value of <paramref name="key"/> in a "key=value key=value" detail, or null when absent.
        /// Values end at the next space.
        /// </summary>
        public string DetailValue(string key)
        {
            return DetailValue(Detail, key);
        }

        /// <summary>The value of <paramref name="key"/> in <paramref name="detail"/>, or null when absent.</summary>
        public static string DetailValue(string detail, string key)
        {
            if (detail == null || key == null)
            {
                return null;
            }

            string probe = key + "=";
            int at = 0;
            while (at <= detail.Length - probe.Length)
            {
                int found = detail.IndexOf(probe, at);
                if (found < 0)
                {
                    return null;
                }

                if (found == 0 || detail[found - 1] == ' ')
                {
                    int start = found + probe.Length;
                    int end = detail.IndexOf(' ', start);
                    return end < 0 ? detail.Substring(start) : detail.Substring(start, end - start);
                }

                at = found + 1;
            }

            return null;
        }

        /// <summary>
        /// Makes a detail safe for one line: anything outside printable ASCII becomes '?', and it is cut to
        /// <see cref="MaxDetailLength"/> characters. Null becomes empty.
        /// </summary>
        public static string CleanDetail(string detail)
        {
            if (detail == null)
            {
                return string.Empty;
            }

            int length = detail.Length > MaxDetailLength ? MaxDetailLength : detail.Length;
            char[] chars = new char[length];
            bool changed = length != detail.Length;
            for (int i = 0; i < length; i++)
            {
                char c = detail[i];
                if (c < ' ' || c > '~')
                {
                    c = '?';
                    changed = true;
                }

                chars[i] = c;
            }

            return changed ? new string(chars) : detail;
        }

        /// <summary>Parses a line (without its line feed) written by <see cref="Format"/>; false for anything else.</summary>
        public static bool TryParse(string line, out AuditRecord record)
        {
            record = null;
            if (line == null || !line.StartsWith(SeqKey))
            {
                return false;
            }

            int mono = line.IndexOf(MonoKey);
            int utc = mono < 0 ? -1 : line.IndexOf(UtcKey, mono);
            int evt = utc < 0 ? -1 : line.IndexOf(EventKey, utc);
            int prev = evt < 0 ? -1 : line.IndexOf(PrevKey, evt);
            int detail = prev < 0 ? -1 : line.IndexOf(DetailKey, prev);
            if (detail < 0)
            {
                return false;
            }

            long sequence;
            long monotonicMs;
            string utcText = line.Substring(utc + UtcKey.Length, evt - utc - UtcKey.Length);
            string eventName = line.Substring(evt + EventKey.Length, prev - evt - EventKey.Length);
            string previousHash = line.Substring(prev + PrevKey.Length, detail - prev - PrevKey.Length);
            string detailText = line.Substring(detail + DetailKey.Length);
            if (!TryParseDecimal(line.Substring(SeqKey.Length, mono - SeqKey.Length), out sequence)
                || !TryParseDecimal(line.Substring(mono + MonoKey.Length, utc - mono - MonoKey.Length), out monotonicMs)
                || !IsUtcField(utcText)
                || !AuditEvents.IsWellFormed(eventName)
                || !IsLowerHex(previousHash)
                || CleanDetail(detailText) != detailText)
            {
                return false;
            }

            record = new AuditRecord(sequence, monotonicMs, utcText, eventName, previousHash, detailText);
            return true;
        }

        private static bool IsUtcField(string text)
        {
            DateTime ignored;
            return text == Time.UtcFormat.NotSet || Time.UtcFormat.TryParse(text, out ignored);
        }

        private static bool IsLowerHex(string text)
        {
            if (text.Length != HashHexLength)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Non-negative decimal without sign or leading zeros (so each number has one spelling).</summary>
        private static bool TryParseDecimal(string text, out long value)
        {
            value = 0;
            if (text.Length == 0 || text.Length > 18 || (text.Length > 1 && text[0] == '0'))
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return true;
        }
    }
}
