using System;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Shared.Media.Manifest
{
    /// <summary>
    /// Appends lines to a clip's manifest. Each line goes to the card in one write and is flushed at once, so
    /// a power cut can tear only the line being written, and every line is durable before the writer returns.
    /// </summary>
    /// <remarks>
    /// Order matters for evidence: a "chunk" line is written only after the chunk itself was flushed and closed,
    /// so a listed chunk is always complete on the card.
    /// </remarks>
    public sealed class ClipManifestWriter
    {
        private readonly ManifestLine _line = new ManifestLine();
        private ICardFile _file;

        /// <summary>True while a manifest is open.</summary>
        public bool IsOpen => _file != null;

        /// <summary>Bytes in the open manifest.</summary>
        public long Length => _file == null ? 0 : _file.Length;

        /// <summary>Creates the manifest at <paramref name="path"/> (it must not exist).</summary>
        public void Create(ICardFileSystem card, string path)
        {
            Close();
            _file = card.Create(path);
        }

        /// <summary>Opens an existing manifest to append (recovery).</summary>
        public void OpenAppend(ICardFileSystem card, string path)
        {
            Close();
            _file = card.OpenAppend(path);
        }

        /// <summary>Writes the start line.</summary>
        public void WriteStart(int clipSequence, string deviceId, string officerId, string utc, long monoMs, string cause, int continuesClip)
        {
            _line.Begin(ManifestEntryKind.Start);
            _line.Add(ManifestKeys.Version, ManifestFormat.Version);
            _line.AddSequence(ManifestKeys.Clip, clipSequence);
            _line.Add(ManifestKeys.Device, deviceId);
            _line.Add(ManifestKeys.Officer, officerId);
            _line.Add(ManifestKeys.Utc, utc ?? ManifestFormat.UnknownUtc);
            _line.Add(ManifestKeys.Mono, monoMs);
            _line.Add(ManifestKeys.Cause, cause);
            if (continuesClip > 0)
            {
                _line.AddSequence(ManifestKeys.Continues, continuesClip);
            }

            Commit();
        }

        /// <summary>Writes that chunk <paramref name="name"/> received its first frame at <paramref name="firstMs"/>.</summary>
        public void WriteChunkOpen(string name, long firstMs)
        {
            _line.Begin(ManifestEntryKind.ChunkOpen);
            _line.Add(ManifestKeys.Name, name);
            _line.Add(ManifestKeys.First, firstMs);
            Commit();
        }

        /// <summary>Writes a closed chunk: its final length, frames, frame times and SHA-256.</summary>
        public void WriteChunk(ChunkRecord chunk)
        {
            if (chunk == null || chunk.Sha256 == null)
            {
                throw new ArgumentNullException(nameof(chunk));
            }

            _line.Begin(ManifestEntryKind.Chunk);
            _line.Add(ManifestKeys.Name, chunk.Name);
            _line.Add(ManifestKeys.Bytes, chunk.Bytes);
            _line.Add(ManifestKeys.Frames, chunk.Frames);
            _line.Add(ManifestKeys.AudioBytes, chunk.AudioBytes);
            _line.Add(ManifestKeys.First, chunk.FirstFrameMs);
            _line.Add(ManifestKeys.Last, chunk.LastFrameMs);
            _line.AddHex(ManifestKeys.Sha256, chunk.Sha256, 0, chunk.Sha256.Length);
            _line.Add(ManifestKeys.Pre, chunk.PreEvent ? 1 : 0);
            if (chunk.From != null)
            {
                _line.Add(ManifestKeys.From, chunk.From);
            }

            if (chunk.Recovered)
            {
                _line.Add(ManifestKeys.Recovered, 1);
            }

            Commit();
        }

        /// <summary>Writes a marker.</summary>
        public void WriteMarker(long monoMs, string note)
        {
            _line.Begin(ManifestEntryKind.Marker);
            _line.Add(ManifestKeys.Mono, monoMs);
            _line.Add(ManifestKeys.Note, note);
            Commit();
        }

        /// <summary>Writes a mute switch.</summary>
        public void WriteMute(long monoMs, bool muted)
        {
            _line.Begin(ManifestEntryKind.Mute);
            _line.Add(ManifestKeys.Mono, monoMs);
            _line.Add(ManifestKeys.State, muted ? "on" : "off");
            Commit();
        }

        /// <summary>Writes that the officer flagged (true) or unflagged (false) the clip as sensitive.</summary>
        public void WriteSensitive(long monoMs, bool sensitive)
        {
            _line.Begin(ManifestEntryKind.Sensitive);
            _line.Add(ManifestKeys.Mono, monoMs);
            _line.Add(ManifestKeys.State, sensitive ? "on" : "off");
            Commit();
        }

        /// <summary>Writes the stop line; <paramref name="monoMs"/> is negative when unknown (recovery).</summary>
        public void WriteStop(long monoMs, string cause)
        {
            _line.Begin(ManifestEntryKind.Stop);
            _line.Add(ManifestKeys.Mono, monoMs);
            _line.Add(ManifestKeys.Cause, cause);
            Commit();
        }

        /// <summary>Closes the manifest (every line is already durable).</summary>
        public void Close()
        {
            ICardFile file = _file;
            _file = null;
            file?.Dispose();
        }

        /// <summary>Forgets the manifest after a card fault, without touching the card again.</summary>
        public void Abandon()
        {
            ICardFile file = _file;
            _file = null;
            if (file == null)
            {
                return;
            }

            try
            {
                file.Dispose();
            }
            catch (CardException)
            {
                // Every line written is already flushed; the card's trouble is reported by the caller.
            }
        }

        private void Commit()
        {
            if (_file == null)
            {
                throw new InvalidOperationException("no manifest");
            }

            _line.End();
            _file.Write(_line.Bytes, 0, _line.Length);
            _file.Flush();
        }
    }
}
