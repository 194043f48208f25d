using System.Collections;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.CardStore;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.Shared.Sync
{
    /// <summary>
    /// <see cref="ISyncCatalog"/> over the card store's layout: clips whose manifest is closed and that carry no
    /// valid synced marker (<see cref="ClipSyncMarker"/>), with the chunk hashes their manifests record; audit
    /// segments except the newest (the one being written), with a small synced marker of their own in sync/.
    /// </summary>
    /// <remarks>
    /// Marking a clip synced writes the card store's marker for the manifest hash the station confirmed; the
    /// card store's retention deletes the clip later, when space is needed, so nothing is freed here at once.
    /// </remarks>
    public sealed class CardStoreSyncCatalog : ISyncCatalog
    {
        private const string AuditMarkerSuffix = ".synced";

        private readonly ICardFileSystem _card;
        private readonly ISha256 _sha256;
        private readonly byte[] _buffer;
        private readonly byte[] _digest = new byte[32];

        /// <summary>Reads <paramref name="card"/>; <paramref name="buffer"/> is borrowed for hashing manifests.</summary>
        public CardStoreSyncCatalog(ICardFileSystem card, ISha256 sha256, byte[] buffer)
        {
            _card = card;
            _sha256 = sha256;
            _buffer = buffer;
        }

        /// <inheritdoc />
        public int[] PendingClips()
        {
            if (!_card.DirectoryExists(CardLayout.ClipsDirectory))
            {
                return new int[0];
            }

            string[] names = _card.ListDirectories(CardLayout.ClipsDirectory);
            ArrayList pending = new ArrayList();
            for (int i = 0; i < names.Length; i++)
            {
                int clip = CardLayout.ParseSequence(names[i]);
                if (clip < 0 || names[i].Length != CardLayout.SequenceDigits || !_card.FileExists(CardLayout.ClipManifest(clip)))
                {
                    continue;
                }

                if (ClipManifest.Load(_card, CardLayout.ClipManifest(clip)).IsClosed
                    && !ClipSyncMarker.IsSynced(_card, clip, _sha256, _buffer))
                {
                    pending.Add(clip);
                }
            }

            int[] result = new int[pending.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = (int)pending[i];
            }

            return result;
        }

        /// <inheritdoc />
        public bool ClipHasMarkers(int clip)
        {
            ClipManifest manifest = ClipManifest.Load(_card, CardLayout.ClipManifest(clip));
            for (int i = 0; i < manifest.EntryCount; i++)
            {
                if (manifest.EntryAt(i).Kind == ManifestEntryKind.Marker)
                {
                    return true;
                }
            }

            return false;
        }

        /// <inheritdoc />
        public SyncFile[] ClipFiles(int clip)
        {
            string directory = CardLayout.ClipDirectory(clip);
            ClipManifest manifest = ClipManifest.Load(_card, CardLayout.ClipManifest(clip));
            bool sensitive = manifest.IsSensitive;
            ArrayList files = new ArrayList();
            ArrayList named = new ArrayList();
            for (int i = 0; i < manifest.ChunkCount; i++)
            {
                ManifestEntry chunk = manifest.ChunkAt(i);
                string name = chunk.Name;
                if (name == null || named.Contains(name) || !_card.FileExists(directory + "/" + name))
                {
                    continue;
                }

                named.Add(name);
                files.Add(new SyncFile(directory + "/" + name, SyncFile.ChunkKind, clip, CardLayout.ParseSequence(name), chunk.Get(ManifestKeys.Sha256), sensitive));
            }

            // A chunk on the card that the manifest does not list still goes to the station (hashed here):
            // marking the clip synced must never let retention delete bytes the station lacks.
            string[] onCard = _card.ListFiles(directory);
            for (int i = 0; i < onCard.Length; i++)
            {
                string name = onCard[i];
                if (name.EndsWith(CardLayout.ChunkExtension) && !named.Contains(name))
                {
                    files.Add(new SyncFile(directory + "/" + name, SyncFile.ChunkKind, clip, CardLayout.ParseSequence(name), null, sensitive));
                }
            }

            files.Add(new SyncFile(CardLayout.ClipManifest(clip), SyncFile.ManifestKind, clip, -1, null, sensitive));
            SyncFile[] result = new SyncFile[files.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = (SyncFile)files[i];
            }

            return result;
        }

        /// <inheritdoc />
        public long MarkClipSynced(int clip, string manifestSha256, long nowMs)
        {
            if (!Hex.TryParse(manifestSha256, _digest, 0, _digest.Length))
            {
                throw new System.ArgumentException("manifest hash");
            }

            ClipSyncMarker.MarkSynced(_card, clip, _digest);
            return 0;
        }

        /// <inheritdoc />
        public SyncFile[] PendingAuditSegments()
        {
            int[] segments = AuditSegmentName.List(_card);
            ArrayList pending = new ArrayList();

            // The newest segment is the one the log writes to: it goes once a newer one exists.
            for (int i = 0; i < segments.Length - 1; i++)
            {
                if (!_card.FileExists(AuditMarker(segments[i])))
                {
                    pending.Add(new SyncFile(CardLayout.AuditSegment(segments[i]), SyncFile.AuditKind, -1, segments[i], null));
                }
            }

            SyncFile[] result = new SyncFile[pending.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = (SyncFile)pending[i];
            }

            return result;
        }

        /// <inheritdoc />
        public void MarkAuditSegmentSynced(int segment, long nowMs)
        {
            string marker = AuditMarker(segment);
            if (_card.FileExists(marker))
            {
                return;
            }

            _card.CreateDirectory(CardLayout.SyncDirectory);

            // An empty file created and flushed: after a cut it is either there or not.
            using (ICardFile file = _card.Create(marker))
            {
                file.Flush();
            }
        }

        /// <summary>The synced marker of audit segment <paramref name="segment"/> ("sync/audit-000003.synced").</summary>
        public static string AuditMarker(int segment)
        {
            return CardLayout.SyncDirectory + "/audit-" + CardLayout.Sequence(segment) + AuditMarkerSuffix;
        }
    }
}
