namespace BwcFirmware.Drivers.Card
{
    /// <summary>
    /// Free space as the card store accounts for it. nanoFramework has no free-space call (DriveInfo gives the
    /// total size only), so the adapter counts: the evidence root's files are summed once at mount, every write
    /// and delete through the adapter moves the count, and each file is rounded up to the allocation unit as
    /// FAT allocates whole clusters. A reserve is held back for directory entries and the file system's own use.
    /// </summary>
    public sealed class CardSpaceLedger
    {
        private readonly long _totalBytes;
        private readonly long _reserveBytes;
        private readonly long _clusterBytes;
        private long _usedBytes;

        /// <summary>Creates the ledger for a card of <paramref name="totalBytes"/>.</summary>
        public CardSpaceLedger(long totalBytes, long clusterBytes, long reserveBytes)
        {
            _totalBytes = totalBytes;
            _clusterBytes = clusterBytes;
            _reserveBytes = reserveBytes;
        }

        /// <summary>Bytes still free for evidence.</summary>
        public long FreeBytes
        {
            get
            {
                long free = _totalBytes - _reserveBytes - _usedBytes;
                return free < 0 ? 0 : free;
            }
        }

        /// <summary>The allocated size of a file of <paramref name="length"/> bytes.</summary>
        public long Allocated(long length)
        {
            if (length <= 0)
            {
                return 0;
            }

            return (length + _clusterBytes - 1) / _clusterBytes * _clusterBytes;
        }

        /// <summary>A file grew from <paramref name="oldLength"/> to <paramref name="newLength"/> bytes (or appeared, from 0).</summary>
        public void Grew(long oldLength, long newLength)
        {
            _usedBytes += Allocated(newLength) - Allocated(oldLength);
        }

        /// <summary>A file of <paramref name="length"/> bytes was deleted.</summary>
        public void Freed(long length)
        {
            _usedBytes -= Allocated(length);
            if (_usedBytes < 0)
            {
                _usedBytes = 0;
            }
        }

        /// <summary>True when a file may grow from <paramref name="oldLength"/> to <paramref name="newLength"/>.</summary>
        public bool HasRoomFor(long oldLength, long newLength)
        {
            return Allocated(newLength) - Allocated(oldLength) <= FreeBytes;
        }
    }
}
