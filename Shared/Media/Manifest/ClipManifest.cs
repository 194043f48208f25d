using System.Collections;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Shared.Media.Manifest
{
    /// <summary>
    /// A whole manifest in memory, for the verifier, the sync agent and recovery: every line in order, the
    /// start and stop lines, and the closed chunks.
    /// </summary>
    public sealed class ClipManifest
    {
        private readonly ArrayList _entries = new ArrayList();
        private readonly ArrayList _chunks = new ArrayList();

        private ClipManifest()
        {
        }

        /// <summary>The start line, or null when the manifest lacks it.</summary>
        public ManifestEntry Start { get; private set; }

        /// <summary>The stop line, or null while (or when) the clip is not closed.</summary>
        public ManifestEntry Stop { get; private set; }

        /// <summary>True when the manifest ends with a stop line.</summary>
        public bool IsClosed => Stop != null;

        /// <summary>True when the last "sensitive" line says on: the clip is flagged for restricted release.</summary>
        public bool IsSensitive { get; private set; }

        /// <summary>Number of "sensitive" lines (each flag and each unflag).</summary>
        public int SensitiveSwitches { get; private set; }

        /// <summary>Number of parsed lines.</summary>
        public int EntryCount => _entries.Count;

        /// <summary>Number of "chunk" lines.</summary>
        public int ChunkCount => _chunks.Count;

        /// <summary>Bytes through the last complete line.</summary>
        public long CompleteLength { get; private set; }

        /// <summary>Bytes of a torn last line (0 when the manifest ends with '\n').</summary>
        public long TornBytes { get; private set; }

        /// <summary>Complete lines that did not parse.</summary>
        public int MalformedLines { get; private set; }

        /// <summary>Lines found after the stop line (a well-formed manifest has none).</summary>
        public int LinesAfterStop { get; private set; }

        /// <summary>Line <paramref name="index"/>.</summary>
        public ManifestEntry EntryAt(int index)
        {
            return (ManifestEntry)_entries[index];
        }

        /// <summary>"chunk" line <paramref name="index"/>, in manifest order.</summary>
        public ManifestEntry ChunkAt(int index)
        {
            return (ManifestEntry)_chunks[index];
        }

        /// <summary>The "chunk" line naming <paramref name="name"/>, or null.</summary>
        public ManifestEntry FindChunk(string name)
        {
            for (int i = 0; i < _chunks.Count; i++)
            {
                var chunk = (ManifestEntry)_chunks[i];
                if (chunk.Name == name)
                {
                    return chunk;
                }
            }

            return null;
        }

        /// <summary>The last "chunk-open" line, or null.</summary>
        public ManifestEntry LastChunkOpen()
        {
            for (int i = _entries.Count - 1; i >= 0; i--)
            {
                var entry = (ManifestEntry)_entries[i];
                if (entry.Kind == ManifestEntryKind.ChunkOpen)
                {
                    return entry;
                }
            }

            return null;
        }

        /// <summary>Reads and parses the manifest at <paramref name="path"/>.</summary>
        public static ClipManifest Load(ICardFileSystem card, string path)
        {
            var manifest = new ClipManifest();
            var reader = new ClipManifestReader(card, path);
            ManifestEntry entry;
            while (reader.TryReadNext(out entry))
            {
                manifest.Add(entry);
            }

            manifest.CompleteLength = reader.CompleteLength;
            manifest.TornBytes = reader.TornBytes;
            manifest.MalformedLines = reader.MalformedLines;
            return manifest;
        }

        private void Add(ManifestEntry entry)
        {
            if (Stop != null)
            {
                LinesAfterStop++;
            }

            _entries.Add(entry);
            switch (entry.Kind)
            {
                case ManifestEntryKind.Start:
                    Start ??= entry;
                    break;
                case ManifestEntryKind.Chunk:
                    _chunks.Add(entry);
                    break;
                case ManifestEntryKind.Stop:
                    Stop ??= entry;
                    break;
                case ManifestEntryKind.Sensitive:
                    SensitiveSwitches++;
                    IsSensitive = entry.Get(ManifestKeys.State) == "on";
                    break;
            }
        }
    }
}
