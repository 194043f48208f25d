using System.IO;
using BwcFirmware.Shared.Audit;

namespace BwcFirmware.Drivers.Esp32.Storage
{
    /// <summary>
    /// The audit chain's head on the ESP32's internal flash drive (nanoFramework mounts it as I:\, the drive
    /// System.IO.FileSystem's own tests use for internal flash), beside the SD card but not on it: two small
    /// files, written in turn by <see cref="ChainHeadKeeper"/>. File.WriteAllBytes truncates and rewrites, so a
    /// power cut may tear the slot being written; the other slot still holds the previous head.
    /// </summary>
    public sealed class InternalFlashChainHeadStore : IChainHeadStore
    {
        /// <summary>The internal flash drive's root.</summary>
        public const string DriveRoot = "I:\\";

        /// <inheritdoc />
        public byte[] Read(int slot)
        {
            string path = SlotPath(slot);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }

        /// <inheritdoc />
        public void Write(int slot, byte[] bytes)
        {
            File.WriteAllBytes(SlotPath(slot), bytes);
        }

        private static string SlotPath(int slot)
        {
            return DriveRoot + "chain-head-" + slot.ToString() + ".txt";
        }
    }
}
