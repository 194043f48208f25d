using System;

namespace BwcFirmware.Shared.Audit
{
    /// <summary>
    /// Keeps the audit log's head in the device's internal flash (<see cref="IChainHeadStore"/>), so a card
    /// whose log was cut back (the newest clip deleted, its records cut off) no longer verifies against it.
    /// The card record is always flushed before the head naming it is written, so the flash may lag the card
    /// (a power cut in between) but is never ahead of it.
    /// </summary>
    /// <remarks>
    /// Flash wears, so the head is written only at clip start, clip close, the dock and power-off, and never
    /// twice for the same record: at most 2 writes per clip plus 1 per dock and 1 per power-off
    /// (Shared/Audit/README.md has the figures). A failing store never stops recording: it is counted.
    /// </remarks>
    public sealed class ChainHeadKeeper
    {
        private readonly IChainHeadStore _store;
        private readonly AuditLog _log;
        private int _nextSlot;
        private long _savedSequence;

        /// <summary>Keeps the head of <paramref name="log"/> in <paramref name="store"/>, carrying on from what it holds.</summary>
        public ChainHeadKeeper(IChainHeadStore store, AuditLog log)
        {
            if (store == null || log == null)
            {
                throw new ArgumentNullException(nameof(store));
            }

            _store = store;
            _log = log;
            int slot;
            ChainHead stored = Load(store, out slot);
            _nextSlot = stored == null ? 0 : 1 - slot;
            _savedSequence = stored == null ? 0 : stored.Sequence;
        }

        /// <summary>Flash writes made since this keeper was created.</summary>
        public int WriteCount { get; private set; }

        /// <summary>Writes the store refused (it threw).</summary>
        public int FailureCount { get; private set; }

        /// <summary>The head last written (or found at start), or 0.</summary>
        public long SavedSequence
        {
            get { return _savedSequence; }
        }

        /// <summary>Writes the log's head unless it is the one already kept; true when the flash was written.</summary>
        public bool Save()
        {
            long sequence = _log.LastSequence;
            if (sequence <= 0 || sequence == _savedSequence)
            {
                return false;
            }

            string line = new ChainHead(sequence, _log.HeadHash).Format();
            byte[] bytes = new byte[line.Length];
            for (int i = 0; i < line.Length; i++)
            {
                bytes[i] = (byte)line[i];
            }

            try
            {
                _store.Write(_nextSlot, bytes);
            }
            catch (Exception)
            {
                // The internal flash failing must not stop the camera; the card still holds the chain.
                FailureCount++;
                return false;
            }

            _nextSlot = 1 - _nextSlot;
            _savedSequence = sequence;
            WriteCount++;
            return true;
        }

        /// <summary>The newest valid head in <paramref name="store"/>, or null when it holds none.</summary>
        public static ChainHead Load(IChainHeadStore store)
        {
            int slot;
            return Load(store, out slot);
        }

        private static ChainHead Load(IChainHeadStore store, out int slot)
        {
            slot = -1;
            ChainHead best = null;
            for (int i = 0; i < 2; i++)
            {
                ChainHead head = ChainHead.Parse(Text(store.Read(i)));
                if (head != null && (best == null || head.Sequence > best.Sequence))
                {
                    best = head;
                    slot = i;
                }
            }

            return best;
        }

        private static string Text(byte[] bytes)
        {
            if (bytes == null || bytes.Length == 0 || bytes.Length > 200)
            {
                return null;
            }

            char[] chars = new char[bytes.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[i] = (char)bytes[i];
            }

            return new string(chars);
        }
    }
}
