using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media.Avi;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.Shared.CardStore
{
    /// <summary>
    /// Closes one clip a cut left open: drops a torn manifest line, completes ring moves the manifest already
    /// lists, adopts the ring chunks of a clip whose start was under way, repairs and lists every unlisted chunk
    /// (through <see cref="AviChunkRepair"/>), and writes the stop line with cause "recovered" at the last frame
    /// time it found. Closed clips are left untouched.
    /// </summary>
    internal sealed class ClipRecovery
    {
        private const string TemporaryManifest = "manifest.tmp";

        private readonly ICardFileSystem _card;
        private readonly ISha256 _sha;
        private readonly IAuditSink _audit;
        private readonly byte[] _buffer = new byte[16384];
        private readonly byte[] _digest = new byte[32];
        private readonly ClipManifestWriter _writer = new ClipManifestWriter();

        // The highest-numbered chunk seen in the clip and its last frame time (-1 when unknown): the stop line's time.
        private int _lastChunk;
        private long _lastFrameMs;

        public ClipRecovery(ICardFileSystem card, ISha256 sha, IAuditSink audit)
        {
            _card = card;
            _sha = sha;
            _audit = audit;
        }

        public void Recover(int clip, bool newest, long nowMs, RecoveryReport report)
        {
            string folder = CardLayout.ClipDirectory(clip);
            string manifestPath = CardLayout.ClipManifest(clip);
            string name = CardLayout.Sequence(clip);
            FinishManifestRewrite(folder, manifestPath);

            if (!_card.FileExists(manifestPath))
            {
                RemoveIfEmpty(folder, name, nowMs, report, "no manifest");
                return;
            }

            ClipManifest manifest = ClipManifest.Load(_card, manifestPath);
            if (manifest.Start == null)
            {
                if (CountChunks(folder) == 0)
                {
                    _card.Delete(manifestPath);
                    RemoveIfEmpty(folder, name, nowMs, report, "start never durable");
                }
                else
                {
                    report.Problems.Add("clip " + name + ": chunks without a start line");
                }

                return;
            }

            if (manifest.IsClosed)
            {
                return;
            }

            if (manifest.TornBytes > 0)
            {
                DropTornLine(folder, manifestPath, manifest.CompleteLength);
                report.ManifestLinesDropped++;
                _audit?.Append(nowMs, AuditEvents.Recovery, "clip=" + name + " dropped torn manifest line bytes=" + manifest.TornBytes.ToString());
            }

            _writer.OpenAppend(_card, manifestPath);
            try
            {
                CompleteListedMoves(clip, manifest, report);
                if (newest && manifest.LastChunkOpen() == null)
                {
                    AdoptRing(clip, manifest, nowMs, report);
                }

                NoteListedChunks(manifest);
                ListUnlistedChunks(clip, manifest, nowMs, report);
                _writer.WriteStop(_lastFrameMs, ManifestFormat.RecoveredCause);
            }
            finally
            {
                _writer.Close();
            }

            CardFileHash.Compute(_card, manifestPath, _sha, _buffer, _digest, 0);
            report.ClipsClosed++;
            _audit?.Append(nowMs, AuditEvents.Recovery, "clip=" + name + " closed cause=recovered manifest-sha256=" + Hex.ToLower(_digest));
        }

        /// <summary>A rewrite cut between its steps: the old manifest still there wins; else the copy takes its place.</summary>
        private void FinishManifestRewrite(string folder, string manifestPath)
        {
            string temporary = folder + "/" + TemporaryManifest;
            if (!_card.FileExists(temporary))
            {
                return;
            }

            if (_card.FileExists(manifestPath))
            {
                _card.Delete(temporary);
            }
            else
            {
                _card.Rename(temporary, manifestPath);
            }
        }

        /// <summary>The card has no truncate: the whole lines are copied, flushed, and the copy replaces the manifest.</summary>
        private void DropTornLine(string folder, string manifestPath, long completeLength)
        {
            string temporary = folder + "/" + TemporaryManifest;
            using (ICardFile copy = _card.Create(temporary))
            {
                long position = 0;
                while (position < completeLength)
                {
                    int want = completeLength - position < _buffer.Length ? (int)(completeLength - position) : _buffer.Length;
                    int read = _card.Read(manifestPath, position, _buffer, 0, want);
                    if (read <= 0)
                    {
                        break;
                    }

                    copy.Write(_buffer, 0, read);
                    position += read;
                }

                copy.Flush();
            }

            _card.Delete(manifestPath);
            _card.Rename(temporary, manifestPath);
        }

        private void CompleteListedMoves(int clip, ClipManifest manifest, RecoveryReport report)
        {
            for (int i = 0; i < manifest.ChunkCount; i++)
            {
                ManifestEntry chunk = manifest.ChunkAt(i);
                string path = CardLayout.ClipDirectory(clip) + "/" + chunk.Name;
                if (!CardPathCheck.IsValid(path))
                {
                    report.Problems.Add("clip " + CardLayout.Sequence(clip) + ": bad chunk name " + chunk.Name);
                    continue;
                }

                if (_card.FileExists(path))
                {
                    continue;
                }

                // A manifest is data from the card: a "from" outside the card is not followed.
                string from = chunk.Get(ManifestKeys.From);
                if (from != null && CardPathCheck.IsValid(from) && _card.FileExists(from))
                {
                    _card.Rename(from, path);
                }
                else
                {
                    report.Problems.Add("clip " + CardLayout.Sequence(clip) + ": listed chunk missing " + chunk.Name);
                }
            }
        }

        /// <summary>The start line is durable but no live chunk began: the ring's chunks were on their way in.</summary>
        private void AdoptRing(int clip, ClipManifest manifest, long nowMs, RecoveryReport report)
        {
            if (!_card.DirectoryExists(CardLayout.RingDirectory))
            {
                return;
            }

            string[] ring = _card.ListFiles(CardLayout.RingDirectory);
            int next = HighestChunk(clip, manifest) + 1;
            for (int i = 0; i < ring.Length; i++)
            {
                if (CardLayout.ParseSequence(ring[i]) < 0 || !ring[i].EndsWith(CardLayout.ChunkExtension))
                {
                    continue;
                }

                _card.Rename(CardLayout.RingDirectory + "/" + ring[i], CardLayout.ClipChunk(clip, next));
                next++;
                report.RingChunksAdopted++;
                _audit?.Append(nowMs, AuditEvents.Recovery, "clip=" + CardLayout.Sequence(clip) + " adopted pre-event ring/" + ring[i]);
            }
        }

        private void ListUnlistedChunks(int clip, ClipManifest manifest, long nowMs, RecoveryReport report)
        {
            string folder = CardLayout.ClipDirectory(clip);
            string[] files = _card.ListFiles(folder);
            for (int i = 0; i < files.Length; i++)
            {
                string file = files[i];
                if (!file.EndsWith(CardLayout.ChunkExtension) || CardLayout.ParseSequence(file) < 0 || manifest.FindChunk(file) != null)
                {
                    continue;
                }

                string path = folder + "/" + file;
                AviRepairResult repair = AviChunkRepair.Repair(_card, path, _buffer);
                string detail = "clip=" + CardLayout.Sequence(clip) + " chunk=" + file + " " + AviRepairOutcomeNames.Name(repair.Outcome)
                    + " frames=" + repair.VideoFrames.ToString() + " bytes-dropped=" + repair.BytesDropped.ToString();
                if (repair.Outcome == AviRepairOutcome.NoHeader)
                {
                    _card.Delete(path);
                    report.ChunksWithoutHeaderDeleted++;
                    _audit?.Append(nowMs, AuditEvents.Recovery, detail + " deleted");
                    continue;
                }

                if (repair.Outcome == AviRepairOutcome.Repaired)
                {
                    report.ChunksRepaired++;
                }

                ManifestEntry opened = FindChunkOpen(manifest, file);
                long first = opened == null ? ManifestFormat.UnknownTime : opened.GetNumber(ManifestKeys.First, ManifestFormat.UnknownTime);
                var record = new ChunkRecord
                {
                    Name = file,
                    Frames = repair.VideoFrames,
                    AudioBytes = repair.AudioSamples * 2,
                    FirstFrameMs = first,
                    LastFrameMs = LastFrameMs(first, repair.TimelineFrames, repair.MicrosPerFrame),
                    Sha256 = new byte[32],
                    PreEvent = opened == null,
                    Recovered = true,
                };
                record.Bytes = CardFileHash.Compute(_card, path, _sha, _buffer, record.Sha256, 0);
                _writer.WriteChunk(record);
                NoteChunk(file, record.LastFrameMs);
                report.ChunksListed++;
                _audit?.Append(nowMs, AuditEvents.Recovery, detail + " listed");
            }
        }

        /// <summary>
        /// The capture time of a repaired chunk's last frame: its first frame's (from the chunk-open line) plus one
        /// frame period per timeline slot after it (the AVI keeps a slot for every frame time, skipped ones too).
        /// Unknown (-1) without a first time, a frame or a declared period: an AVI keeps no capture times itself.
        /// </summary>
        internal static long LastFrameMs(long firstFrameMs, int timelineFrames, long microsPerFrame)
        {
            if (firstFrameMs < 0 || timelineFrames <= 0 || microsPerFrame <= 0)
            {
                return ManifestFormat.UnknownTime;
            }

            return firstFrameMs + ((timelineFrames - 1) * microsPerFrame / 1000);
        }

        private void NoteListedChunks(ClipManifest manifest)
        {
            _lastChunk = 0;
            _lastFrameMs = ManifestFormat.UnknownTime;
            for (int i = 0; i < manifest.ChunkCount; i++)
            {
                ManifestEntry chunk = manifest.ChunkAt(i);
                NoteChunk(chunk.Name, chunk.GetNumber(ManifestKeys.Last, ManifestFormat.UnknownTime));
            }
        }

        private void NoteChunk(string name, long lastFrameMs)
        {
            int sequence = CardLayout.ParseSequence(name);
            if (sequence > _lastChunk)
            {
                _lastChunk = sequence;
                _lastFrameMs = lastFrameMs;
            }
        }

        private static ManifestEntry FindChunkOpen(ClipManifest manifest, string name)
        {
            for (int i = manifest.EntryCount - 1; i >= 0; i--)
            {
                ManifestEntry entry = manifest.EntryAt(i);
                if (entry.Kind == ManifestEntryKind.ChunkOpen && entry.Name == name)
                {
                    return entry;
                }
            }

            return null;
        }

        private int HighestChunk(int clip, ClipManifest manifest)
        {
            int highest = 0;
            for (int i = 0; i < manifest.ChunkCount; i++)
            {
                int sequence = CardLayout.ParseSequence(manifest.ChunkAt(i).Name);
                highest = sequence > highest ? sequence : highest;
            }

            string[] files = _card.ListFiles(CardLayout.ClipDirectory(clip));
            for (int i = 0; i < files.Length; i++)
            {
                int sequence = CardLayout.ParseSequence(files[i]);
                highest = sequence > highest ? sequence : highest;
            }

            return highest;
        }

        private int CountChunks(string folder)
        {
            int count = 0;
            string[] files = _card.ListFiles(folder);
            for (int i = 0; i < files.Length; i++)
            {
                if (files[i].EndsWith(CardLayout.ChunkExtension))
                {
                    count++;
                }
            }

            return count;
        }

        private void RemoveIfEmpty(string folder, string name, long nowMs, RecoveryReport report, string why)
        {
            if (_card.ListFiles(folder).Length > 0)
            {
                report.Problems.Add("clip " + name + ": " + why);
                return;
            }

            _card.Delete(folder);
            report.EmptyClipsRemoved++;
            _audit?.Append(nowMs, AuditEvents.Recovery, "clip=" + name + " removed empty folder (" + why + ")");
        }
    }
}
