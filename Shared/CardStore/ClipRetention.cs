using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.Shared.CardStore
{
    /// <summary>
    /// Frees space by deleting clips the station already holds: synced clips go oldest first, and a clip
    /// without a valid synced marker (see <see cref="ClipSyncMarker"/>) is never deleted, whatever the space.
    /// The newest clip folder is kept too: it anchors the sequence numbers, so a clip number is never reused.
    /// The pre-event ring yields before this is asked (the media pipeline drops its oldest ring chunks first).
    /// </summary>
    /// <remarks>
    /// Deleting a clip first moves its folder to <c>trash/</c> in one rename, so a cut mid-delete never leaves
    /// a half-deleted clip among the clips; boot recovery empties the trash.
    /// </remarks>
    public sealed class ClipRetention
    {
        /// <summary>After a search found nothing to delete, the next search waits this long (a full card is searched once, not per frame).</summary>
        public const long IdleSearchIntervalMs = 10000;

        private readonly ICardFileSystem _card;
        private readonly CardSpace _space;
        private readonly ISha256 _sha;
        private readonly byte[] _buffer;
        private readonly IAuditSink _audit;
        private long _nextSearchMs = long.MinValue;

        /// <summary>Deletes from <paramref name="card"/> (the accounted card, so freed space is credited).</summary>
        public ClipRetention(ICardFileSystem card, CardSpace space, ISha256 sha, byte[] buffer, IAuditSink audit)
        {
            _card = card;
            _space = space;
            _sha = sha;
            _buffer = buffer;
            _audit = audit;
        }

        /// <summary>Clips deleted since start.</summary>
        public int ClipsDeleted { get; private set; }

        /// <summary>
        /// Deletes synced clips, oldest first, until <paramref name="bytesNeeded"/> fit; never clip
        /// <paramref name="openClipSequence"/> (the one being recorded). True when the bytes fit.
        /// </summary>
        public bool MakeRoom(long bytesNeeded, int openClipSequence, long nowMs)
        {
            if (_space.HasRoomFor(bytesNeeded))
            {
                return true;
            }

            if (nowMs < _nextSearchMs || !_card.DirectoryExists(CardLayout.ClipsDirectory))
            {
                return false;
            }

            // The newest clip stays as the anchor of the sequence numbers, so a number is never used twice.
            string[] clips = _card.ListDirectories(CardLayout.ClipsDirectory);
            int newest = clips.Length == 0 ? -1 : CardLayout.ParseSequence(clips[clips.Length - 1]);
            for (int i = 0; i < clips.Length && !_space.HasRoomFor(bytesNeeded); i++)
            {
                int clip = CardLayout.ParseSequence(clips[i]);
                if (clip < 0 || clip == openClipSequence || clip == newest || !IsDeletable(clip))
                {
                    continue;
                }

                DeleteClip(clip, nowMs);
            }

            bool fits = _space.HasRoomFor(bytesNeeded);
            _nextSearchMs = fits ? long.MinValue : nowMs + IdleSearchIntervalMs;
            return fits;
        }

        /// <summary>True when clip <paramref name="clipSequence"/> is closed and its synced marker matches its manifest.</summary>
        public bool IsDeletable(int clipSequence)
        {
            if (!ClipSyncMarker.IsSynced(_card, clipSequence, _sha, _buffer))
            {
                return false;
            }

            return ClipManifest.Load(_card, CardLayout.ClipManifest(clipSequence)).IsClosed;
        }

        /// <summary>Empties <c>trash/</c> (deletions a cut interrupted); returns the folders removed.</summary>
        public int EmptyTrash(long nowMs)
        {
            if (!_card.DirectoryExists(CardLayout.TrashDirectory))
            {
                return 0;
            }

            string[] folders = _card.ListDirectories(CardLayout.TrashDirectory);
            for (int i = 0; i < folders.Length; i++)
            {
                DeleteFolder(CardLayout.TrashDirectory + "/" + folders[i]);
            }

            return folders.Length;
        }

        private void DeleteClip(int clipSequence, long nowMs)
        {
            _card.CreateDirectory(CardLayout.TrashDirectory);
            string name = CardLayout.Sequence(clipSequence);
            string trashed = CardLayout.TrashDirectory + "/" + name;
            long before = _space.UsedBytes;
            _card.Rename(CardLayout.ClipDirectory(clipSequence), trashed);
            DeleteFolder(trashed);
            ClipsDeleted++;
            _audit?.Append(nowMs, AuditEvents.Retention, "deleted synced clip=" + name + " freed=" + (before - _space.UsedBytes).ToString());
        }

        private void DeleteFolder(string folder)
        {
            string[] files = _card.ListFiles(folder);
            for (int i = 0; i < files.Length; i++)
            {
                _card.Delete(folder + "/" + files[i]);
            }

            _card.Delete(folder);
        }
    }
}
