using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Drivers.Host.Verification
{
    /// <summary>
    /// A station's storage seen as one camera's card, read-only, so the card verifier runs unchanged at the
    /// station. The layout is tus file-store's (the reference station and @tus/file-store): each upload is
    /// <c>uploads/&lt;id&gt;</c> with <c>uploads/&lt;id&gt;.json</c> holding its size and metadata; the metadata's
    /// <c>filename</c> is the card path and <c>device</c> the camera (Shared/Sync/README.md).
    /// </summary>
    /// <remarks>
    /// Only complete uploads count (stored bytes equal the declared size). When a file was uploaded more than
    /// once (a retry after a lost answer), the newest complete upload stands for it.
    /// </remarks>
    public sealed class StationFolderCard : ICardFileSystem
    {
        private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

        private StationFolderCard(string device)
        {
            Device = device;
        }

        /// <summary>The camera whose files this view shows.</summary>
        public string Device { get; }

        /// <summary>Complete uploads found for <see cref="Device"/>.</summary>
        public int FileCount => _files.Count;

        /// <summary>True when <paramref name="folder"/> looks like a station's storage (has uploads/*.json).</summary>
        public static bool IsStationFolder(string folder)
        {
            string uploads = Path.Combine(folder, "uploads");
            return Directory.Exists(uploads) && Directory.EnumerateFiles(uploads, "*.json").Any();
        }

        /// <summary>The device ids with complete uploads in <paramref name="folder"/>, sorted.</summary>
        public static string[] Devices(string folder)
        {
            return ReadUploads(folder).Select(u => u.Device).Distinct(StringComparer.Ordinal).OrderBy(d => d, StringComparer.Ordinal).ToArray();
        }

        /// <summary>The files of camera <paramref name="device"/> in the station storage at <paramref name="folder"/>.</summary>
        public static StationFolderCard Open(string folder, string device)
        {
            var card = new StationFolderCard(device);
            foreach (Upload upload in ReadUploads(folder).Where(u => u.Device == device).OrderBy(u => u.Created, StringComparer.Ordinal))
            {
                card._files[upload.CardPath] = upload.DataPath;
            }

            return card;
        }

        /// <inheritdoc />
        public bool FileExists(string path) => _files.ContainsKey(path);

        /// <inheritdoc />
        public bool DirectoryExists(string path)
        {
            string prefix = path.Length == 0 ? string.Empty : path + "/";
            return _files.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal));
        }

        /// <inheritdoc />
        public void CreateDirectory(string path) => throw ReadOnly(path);

        /// <inheritdoc />
        public string[] ListFiles(string directory)
        {
            return Children(directory).Where(c => !c.IsDirectory).Select(c => c.Name).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToArray();
        }

        /// <inheritdoc />
        public string[] ListDirectories(string directory)
        {
            return Children(directory).Where(c => c.IsDirectory).Select(c => c.Name).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToArray();
        }

        /// <inheritdoc />
        public long GetLength(string path) => new FileInfo(HostPath(path)).Length;

        /// <inheritdoc />
        public ICardFile Create(string path) => throw ReadOnly(path);

        /// <inheritdoc />
        public ICardFile OpenAppend(string path) => throw ReadOnly(path);

        /// <inheritdoc />
        public int Read(string path, long position, byte[] buffer, int offset, int count)
        {
            using var stream = new FileStream(HostPath(path), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            stream.Position = position;
            return stream.Read(buffer, offset, count);
        }

        /// <inheritdoc />
        public void Rename(string fromPath, string toPath) => throw ReadOnly(fromPath);

        /// <inheritdoc />
        public void Delete(string path) => throw ReadOnly(path);

        /// <inheritdoc />
        public long GetFreeBytes() => 0;

        private string HostPath(string path)
        {
            return _files.TryGetValue(path, out string host) ? host : throw new CardException(CardFault.NotFound, path);
        }

        private IEnumerable<(string Name, bool IsDirectory)> Children(string directory)
        {
            string prefix = directory.Length == 0 ? string.Empty : directory + "/";
            foreach (string key in _files.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
            {
                string rest = key.Substring(prefix.Length);
                int slash = rest.IndexOf('/');
                yield return slash < 0 ? (rest, false) : (rest.Substring(0, slash), true);
            }
        }

        private static NotSupportedException ReadOnly(string path) => new("station copy is read-only: " + path);

        private static List<Upload> ReadUploads(string folder)
        {
            var uploads = new List<Upload>();
            string directory = Path.Combine(folder, "uploads");
            if (!Directory.Exists(directory))
            {
                return uploads;
            }

            foreach (string info in Directory.EnumerateFiles(directory, "*.json"))
            {
                string data = info.Substring(0, info.Length - ".json".Length);
                if (!File.Exists(data))
                {
                    continue;
                }

                using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(info));
                JsonElement root = json.RootElement;
                if (!root.TryGetProperty("metadata", out JsonElement metadata) || metadata.ValueKind != JsonValueKind.Object
                    || !root.TryGetProperty("size", out JsonElement size) || size.ValueKind != JsonValueKind.Number)
                {
                    continue;
                }

                // The filename comes from the device over the network: one that is no card path is no card file.
                string path = Text(metadata, "filename");
                if (path == null || !CardPathCheck.IsValid(path) || new FileInfo(data).Length != size.GetInt64())
                {
                    continue;
                }

                string created = root.TryGetProperty("creation_date", out JsonElement date) ? date.GetString() ?? string.Empty : string.Empty;
                uploads.Add(new Upload(path, Text(metadata, "device") ?? string.Empty, data, created));
            }

            return uploads;
        }

        private static string Text(JsonElement metadata, string key)
        {
            return metadata.TryGetProperty(key, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }

        private sealed record Upload(string CardPath, string Device, string DataPath, string Created);
    }
}
