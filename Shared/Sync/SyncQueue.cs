using System.Collections;

namespace BwcFirmware.Shared.Sync
{
    /// <summary>
    /// The order of work in one pass over the card: closed clips oldest first (clips with markers first when
    /// configured), each clip's chunks then its manifest, then closed audit segments.
    /// </summary>
    internal sealed class SyncQueue
    {
        private readonly ArrayList _items = new ArrayList();
        private int _next;

        /// <summary>Items left in this pass.</summary>
        public bool IsEmpty
        {
            get { return _next >= _items.Count; }
        }

        /// <summary>Reads what is pending from <paramref name="catalog"/>, replacing the previous pass.</summary>
        public void Build(ISyncCatalog catalog, bool markedClipsFirst)
        {
            _items.Clear();
            _next = 0;
            int[] clips = catalog.PendingClips();
            if (markedClipsFirst)
            {
                for (int i = 0; i < clips.Length; i++)
                {
                    if (catalog.ClipHasMarkers(clips[i]))
                    {
                        _items.Add(new SyncWorkItem(clips[i], null));
                    }
                }
            }

            for (int i = 0; i < clips.Length; i++)
            {
                if (!markedClipsFirst || !catalog.ClipHasMarkers(clips[i]))
                {
                    _items.Add(new SyncWorkItem(clips[i], null));
                }
            }

            SyncFile[] segments = catalog.PendingAuditSegments();
            for (int i = 0; i < segments.Length; i++)
            {
                _items.Add(new SyncWorkItem(-1, new SyncFile[] { segments[i] }));
            }
        }

        /// <summary>Takes the next item, or null at the end of the pass.</summary>
        public SyncWorkItem Take()
        {
            if (_next >= _items.Count)
            {
                return null;
            }

            return (SyncWorkItem)_items[_next++];
        }

        /// <summary>Forgets the pass.</summary>
        public void Clear()
        {
            _items.Clear();
            _next = 0;
        }
    }

    /// <summary>One clip (all its files) or one audit segment.</summary>
    internal sealed class SyncWorkItem
    {
        public SyncWorkItem(int clip, SyncFile[] files)
        {
            Clip = clip;
            Files = files;
        }

        /// <summary>Clip sequence, or -1 for an audit segment.</summary>
        public int Clip { get; }

        /// <summary>The files, in order (a clip's are read when the item starts).</summary>
        public SyncFile[] Files { get; set; }

        /// <summary>Index of the next file to start.</summary>
        public int Next { get; set; }

        /// <summary>The manifest's SHA-256 once the station confirmed it, or null.</summary>
        public string ManifestSha256 { get; set; }

        /// <summary>True when some file was not confirmed in this pass: the item is not marked synced.</summary>
        public bool Incomplete { get; set; }

        /// <summary>Name for the log and audit ("clip 000007", "audit 000003").</summary>
        public string Name
        {
            get
            {
                return Clip >= 0
                    ? "clip " + Card.CardLayout.Sequence(Clip)
                    : "audit " + Card.CardLayout.Sequence(Files[0].Sequence < 0 ? 0 : Files[0].Sequence);
            }
        }
    }
}
