using System;

namespace BwcFirmware.Shared.Card
{
    /// <summary>
    /// The store's own account of the card's space. nanoFramework offers no free-space query, so the store
    /// measures what is on the card at boot and then counts every byte it writes or deletes (through
    /// <see cref="AccountedCardFileSystem"/>). Files are counted in whole clusters, as FAT and exFAT allocate.
    /// </summary>
    /// <remarks>
    /// A part of the capacity, <see cref="ReserveBytes"/>, is kept back for closing the active recording
    /// (the chunk's index, its manifest line and the stop line): ordinary writes may not use it; only while
    /// <see cref="ReserveOpen"/> is set (the clean close after the card filled up) may they.
    /// </remarks>
    public sealed class CardSpace
    {
        /// <summary>Cluster size assumed when none is configured (SDXC cards formatted exFAT use 128 KiB; SDHC FAT32 32 KiB).</summary>
        public const int DefaultClusterBytes = 32768;

        private long _usedBytes;

        /// <summary>An account of a card of <paramref name="capacityBytes"/> with <paramref name="usedBytes"/> in use.</summary>
        public CardSpace(long capacityBytes, long usedBytes, long reserveBytes, int clusterBytes)
        {
            if (capacityBytes < 0 || usedBytes < 0 || reserveBytes < 0 || clusterBytes <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(capacityBytes));
            }

            CapacityBytes = capacityBytes;
            _usedBytes = usedBytes;
            ReserveBytes = reserveBytes;
            ClusterBytes = clusterBytes;
        }

        /// <summary>Bytes the card holds in all.</summary>
        public long CapacityBytes { get; }

        /// <summary>Allocation unit: every file takes whole clusters, every directory one.</summary>
        public int ClusterBytes { get; }

        /// <summary>Bytes kept back so the active recording can always close cleanly.</summary>
        public long ReserveBytes { get; set; }

        /// <summary>While true, writes may use the reserve (closing cleanly on a full card).</summary>
        public bool ReserveOpen { get; set; }

        /// <summary>Bytes in use (whole clusters).</summary>
        public long UsedBytes => _usedBytes;

        /// <summary>Bytes ordinary writes may still use (the reserve too while it is open); never negative.</summary>
        public long AvailableBytes
        {
            get
            {
                long available = CapacityBytes - _usedBytes - (ReserveOpen ? 0 : ReserveBytes);
                return available < 0 ? 0 : available;
            }
        }

        /// <summary>Bytes the clusters of a file of <paramref name="length"/> bytes take.</summary>
        public long Allocated(long length)
        {
            if (length <= 0)
            {
                return 0;
            }

            long clusters = ((length - 1) / ClusterBytes) + 1;
            return clusters * ClusterBytes;
        }

        /// <summary>Extra bytes allocated when a file grows from <paramref name="fromLength"/> to <paramref name="toLength"/>.</summary>
        public long Growth(long fromLength, long toLength)
        {
            return Allocated(toLength) - Allocated(fromLength);
        }

        /// <summary>True when <paramref name="bytes"/> more fit without touching the (closed) reserve.</summary>
        public bool HasRoomFor(long bytes)
        {
            return bytes <= AvailableBytes;
        }

        /// <summary>Counts <paramref name="bytes"/> as used.</summary>
        public void Charge(long bytes)
        {
            _usedBytes += bytes;
        }

        /// <summary>Counts <paramref name="bytes"/> as freed.</summary>
        public void Credit(long bytes)
        {
            _usedBytes -= bytes;
            if (_usedBytes < 0)
            {
                _usedBytes = 0;
            }
        }

        /// <summary>
        /// Measures the card at boot: walks every file and directory under the root. The capacity is
        /// <paramref name="configuredCapacityBytes"/>, or less when the card reports less free space than that
        /// leaves (a card that reports nothing returns a negative free figure).
        /// </summary>
        public static CardSpace Measure(ICardFileSystem card, long configuredCapacityBytes, long reserveBytes, int clusterBytes)
        {
            var probe = new CardSpace(0, 0, 0, clusterBytes);
            long used = probe.MeasureDirectory(card, string.Empty);
            long capacity = configuredCapacityBytes;
            long free = card.GetFreeBytes();
            if (free >= 0 && (capacity <= 0 || used + free < capacity))
            {
                capacity = used + free;
            }

            return new CardSpace(capacity < 0 ? 0 : capacity, used, reserveBytes, clusterBytes);
        }

        private long MeasureDirectory(ICardFileSystem card, string directory)
        {
            long total = directory.Length == 0 ? 0 : ClusterBytes;
            string prefix = directory.Length == 0 ? string.Empty : directory + "/";
            string[] files = card.ListFiles(directory);
            for (int i = 0; i < files.Length; i++)
            {
                total += Allocated(card.GetLength(prefix + files[i]));
            }

            string[] directories = card.ListDirectories(directory);
            for (int i = 0; i < directories.Length; i++)
            {
                total += MeasureDirectory(card, prefix + directories[i]);
            }

            return total;
        }
    }
}
