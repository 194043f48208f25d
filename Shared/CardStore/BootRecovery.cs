using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;

namespace BwcFirmware.Shared.CardStore
{
    /// <summary>
    /// Puts the card in order at boot, before anything records: empties the trash, closes every clip a cut left
    /// open (see <see cref="ClipRecovery"/>), then discards the pre-event ring. Everything found is reported to
    /// the audit sink. Recovery is itself cut-safe: each step is durable before the next, and a cut recovery
    /// simply runs again at the next boot and ends the same way.
    /// </summary>
    public sealed class BootRecovery
    {
        private readonly ICardFileSystem _card;
        private readonly IAuditSink _audit;
        private readonly ClipRecovery _clips;

        /// <summary>Recovers <paramref name="card"/> (the raw card: the space account is measured after recovery).</summary>
        public BootRecovery(ICardFileSystem card, ISha256 sha, IAuditSink audit)
        {
            _card = card;
            _audit = audit;
            _clips = new ClipRecovery(card, sha, audit);
        }

        /// <summary>Runs recovery; a card that fails (removed, write error) stops it with a <see cref="CardException"/>.</summary>
        public RecoveryReport Run(long nowMs)
        {
            var report = new RecoveryReport();
            EmptyTrash(nowMs, report);

            if (_card.DirectoryExists(CardLayout.ClipsDirectory))
            {
                string[] clips = _card.ListDirectories(CardLayout.ClipsDirectory);
                int newest = -1;
                for (int i = 0; i < clips.Length; i++)
                {
                    int sequence = CardLayout.ParseSequence(clips[i]);
                    newest = sequence > newest ? sequence : newest;
                }

                for (int i = 0; i < clips.Length; i++)
                {
                    int sequence = CardLayout.ParseSequence(clips[i]);
                    if (sequence < 0)
                    {
                        report.Problems.Add("foreign folder: clips/" + clips[i]);
                        continue;
                    }

                    _clips.Recover(sequence, sequence == newest, nowMs, report);
                }
            }

            DiscardRing(nowMs, report);
            _audit?.Append(nowMs, AuditEvents.Recovery, "done clips-closed=" + report.ClipsClosed.ToString()
                + " chunks-repaired=" + report.ChunksRepaired.ToString()
                + " ring-discarded=" + report.RingChunksDiscarded.ToString()
                + " problems=" + report.Problems.Count.ToString());
            return report;
        }

        private void EmptyTrash(long nowMs, RecoveryReport report)
        {
            if (!_card.DirectoryExists(CardLayout.TrashDirectory))
            {
                return;
            }

            string[] folders = _card.ListDirectories(CardLayout.TrashDirectory);
            for (int i = 0; i < folders.Length; i++)
            {
                string folder = CardLayout.TrashDirectory + "/" + folders[i];
                string[] files = _card.ListFiles(folder);
                for (int f = 0; f < files.Length; f++)
                {
                    _card.Delete(folder + "/" + files[f]);
                }

                _card.Delete(folder);
                report.TrashFoldersEmptied++;
                _audit?.Append(nowMs, AuditEvents.Recovery, "finished deleting synced clip=" + folders[i]);
            }
        }

        private void DiscardRing(long nowMs, RecoveryReport report)
        {
            if (!_card.DirectoryExists(CardLayout.RingDirectory))
            {
                return;
            }

            // Pre-event video is kept only when a recording starts; after a cut the ring is from before it.
            string[] files = _card.ListFiles(CardLayout.RingDirectory);
            for (int i = 0; i < files.Length; i++)
            {
                _card.Delete(CardLayout.RingDirectory + "/" + files[i]);
                report.RingChunksDiscarded++;
            }

            if (files.Length > 0)
            {
                _audit?.Append(nowMs, AuditEvents.Recovery, "ring discarded chunks=" + files.Length.ToString());
            }
        }
    }
}
