using System.IO;
using BwcFirmware.Shared.Audit;

namespace BwcFirmware.Drivers.Host.Flash
{
    /// <summary>
    /// The device's internal flash as a folder, kept across the simulator's power cycles as the board keeps it:
    /// slot N is <c>chain-head-N.txt</c>. A write goes to a temporary file, is flushed to disk, then replaces
    /// the slot in one rename, so a slot is whole or untouched.
    /// </summary>
    public sealed class FolderChainHeadStore : IChainHeadStore
    {
        private readonly string _folder;

        /// <summary>The flash in <paramref name="folder"/> (created at the first write).</summary>
        public FolderChainHeadStore(string folder)
        {
            _folder = folder;
        }

        /// <summary>The folder standing for the flash.</summary>
        public string Folder => _folder;

        /// <summary>The newest head kept in <paramref name="folder"/>, or null when it holds none (or no such folder).</summary>
        public static ChainHead LoadFrom(string folder)
        {
            return Directory.Exists(folder) ? ChainHeadKeeper.Load(new FolderChainHeadStore(folder)) : null;
        }

        /// <inheritdoc />
        public byte[] Read(int slot)
        {
            string path = SlotPath(slot);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }

        /// <inheritdoc />
        public void Write(int slot, byte[] bytes)
        {
            Directory.CreateDirectory(_folder);
            string path = SlotPath(slot);
            string temporary = path + ".new";
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                file.Write(bytes, 0, bytes.Length);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }

        private string SlotPath(int slot)
        {
            return Path.Combine(_folder, "chain-head-" + slot.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".txt");
        }
    }
}
