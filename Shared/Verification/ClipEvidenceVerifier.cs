using System;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.Shared.Verification
{
    /// <summary>
    /// Checks every clip against the audit chain and itself: the manifest's SHA-256 against the record
    /// that closed the clip (its manifest-sha256), every chunk's length and SHA-256 against its manifest line, no chunk unlisted,
    /// and nothing the chain anchored missing unless the chain records it freed after sync.
    /// </summary>
    public sealed class ClipEvidenceVerifier
    {
        private readonly ICardFileSystem _card;
        private readonly ISha256 _sha;
        private readonly VerificationReport _report;
        private readonly AuditChainIndex _index;
        private readonly byte[] _buffer = new byte[4096];
        private readonly byte[] _digest = new byte[32];

        /// <summary>Checks the clips on <paramref name="card"/> against <paramref name="index"/> into <paramref name="report"/>.</summary>
        public ClipEvidenceVerifier(ICardFileSystem card, ISha256 sha, AuditChainIndex index, VerificationReport report)
        {
            if (card == null || sha == null || index == null || report == null)
            {
                throw new ArgumentNullException(nameof(card));
            }

            _card = card;
            _sha = sha;
            _index = index;
            _report = report;
        }

        /// <summary>Runs the checks over every clip folder, then over every clip the chain anchors.</summary>
        public void Verify()
        {
            string[] clips = _card.DirectoryExists(CardLayout.ClipsDirectory)
                ? _card.ListDirectories(CardLayout.ClipsDirectory)
                : new string[0];
            for (int i = 0; i < clips.Length; i++)
            {
                if (CardLayout.ParseSequence(clips[i]) > 0 && clips[i].Length == CardLayout.SequenceDigits)
                {
                    VerifyClip(CardLayout.ClipsDirectory + "/" + clips[i]);
                }
            }

            for (int i = 0; i < _index.Count; i++)
            {
                FileMention anchor = _index.Get(i);
                if (anchor.EventName != AuditChainIndex.Anchor || _card.FileExists(anchor.File))
                {
                    continue;
                }

                string clipDirectory = Parent(anchor.File);
                if (_card.DirectoryExists(clipDirectory))
                {
                    continue;
                }

                if (FreedBy(anchor.File) == null)
                {
                    _report.Fail(anchor.File, -1, -1, -1, "clip anchored by audit record " + anchor.Sequence.ToString() + " is missing and not recorded as freed");
                }
            }
        }

        private void VerifyClip(string clipDirectory)
        {
            string manifestPath = clipDirectory + "/" + CardLayout.ManifestName;
            if (!_card.FileExists(manifestPath))
            {
                FileMention freed = FreedBy(manifestPath);
                if (freed != null)
                {
                    _report.Note(manifestPath, -1, -1, -1, "freed after the station confirmed it (audit record " + freed.Sequence.ToString() + ")");
                }
                else
                {
                    _report.Fail(manifestPath, -1, -1, -1, "clip folder without its manifest");
                }

                CheckUnlisted(clipDirectory, null);
                return;
            }

            ManifestFile bytes = ManifestFile.Read(_card, manifestPath, _sha, _buffer);
            _report.ManifestsChecked++;
            FileMention anchor = _index.FindLast(AuditChainIndex.Anchor, manifestPath);
            bool anchored = anchor != null && anchor.Sha256 == bytes.Sha256;
            if (anchor == null)
            {
                _report.Fail(manifestPath, -1, 0, bytes.Length, "not anchored: no audit record closes this clip with its manifest-sha256 (left open by a power cut and not yet recovered, or added later)");
            }
            else if (!anchored)
            {
                _report.Fail(manifestPath, -1, 0, bytes.Length, "SHA-256 " + bytes.Sha256 + " differs from " + anchor.Sha256 + " anchored by audit record " + anchor.Sequence.ToString() + " in " + anchor.Segment);
            }

            ClipManifest manifest = ClipManifest.Load(_card, manifestPath);
            if (manifest.TornBytes > 0 || manifest.MalformedLines > 0)
            {
                string what = manifest.MalformedLines.ToString() + " malformed lines, " + manifest.TornBytes.ToString() + " torn bytes";
                if (anchored)
                {
                    _report.Note(manifestPath, -1, -1, -1, what + " (as anchored by the camera)");
                }
                else
                {
                    _report.Fail(manifestPath, -1, -1, -1, what);
                }
            }

            if (manifest.IsSensitive)
            {
                _report.SensitiveClips++;
                _report.Note(manifestPath, -1, -1, -1, "flagged sensitive by the officer (" + manifest.SensitiveSwitches.ToString() + " flag switches): restrict release until reviewed");
            }

            for (int i = 0; i < manifest.ChunkCount; i++)
            {
                VerifyChunk(clipDirectory, manifestPath, bytes, manifest.ChunkAt(i));
            }

            CheckUnlisted(clipDirectory, manifest);
        }

        private void VerifyChunk(string clipDirectory, string manifestPath, ManifestFile manifestBytes, ManifestEntry chunk)
        {
            string listedAt = manifestPath + " line " + manifestBytes.LineAt(chunk.Offset).ToString() + " (bytes "
                + chunk.Offset.ToString() + "-" + manifestBytes.LineEnd(chunk.Offset).ToString() + ")";
            string name = chunk.Name;
            if (name == null || CardLayout.ParseSequence(name) <= 0 || name.IndexOf('/') >= 0)
            {
                _report.Fail(manifestPath, manifestBytes.LineAt(chunk.Offset), chunk.Offset, manifestBytes.LineEnd(chunk.Offset), "chunk line without a valid chunk name");
                return;
            }

            string path = clipDirectory + "/" + name;
            if (!_card.FileExists(path))
            {
                string from = chunk.Get(ManifestKeys.From);
                FileMention freed = FreedBy(path);
                if (freed != null)
                {
                    _report.Note(path, -1, -1, -1, "freed after the station confirmed it (audit record " + freed.Sequence.ToString() + ")");
                    return;
                }

                if (from == null || !_card.FileExists(from))
                {
                    _report.Fail(path, -1, -1, -1, "chunk listed in " + listedAt + " is missing");
                    return;
                }

                _report.Note(path, -1, -1, -1, "still at " + from + " (a power cut interrupted the move; boot completes it)");
                path = from;
            }

            long length = CardFileHash.Compute(_card, path, _sha, _buffer, _digest, 0);
            _report.ChunksChecked++;
            string actual = Hex.ToLower(_digest);
            string listedSha = chunk.Get(ManifestKeys.Sha256);
            long listedBytes = chunk.GetNumber(ManifestKeys.Bytes, -1);
            if (actual != listedSha)
            {
                _report.Fail(path, -1, 0, length, "SHA-256 " + actual + " differs from " + listedSha + " listed in " + listedAt);
            }
            else if (length != listedBytes)
            {
                _report.Fail(path, -1, 0, length, "length " + length.ToString() + " differs from " + listedBytes.ToString() + " listed in " + listedAt);
            }
        }

        private void CheckUnlisted(string clipDirectory, ClipManifest manifest)
        {
            string[] files = _card.ListFiles(clipDirectory);
            for (int i = 0; i < files.Length; i++)
            {
                if (!files[i].EndsWith(CardLayout.ChunkExtension))
                {
                    continue;
                }

                if (manifest == null || manifest.FindChunk(files[i]) == null)
                {
                    string path = clipDirectory + "/" + files[i];
                    _report.Fail(path, -1, 0, _card.GetLength(path), "chunk not listed in the clip's manifest");
                }
            }
        }

        /// <summary>The freed record covering <paramref name="path"/> or the clip folder holding it, or null.</summary>
        private FileMention FreedBy(string path)
        {
            FileMention freed = _index.FindLast(AuditEvents.Freed, path);
            return freed ?? _index.FindLast(AuditEvents.Freed, Parent(path));
        }

        private static string Parent(string path)
        {
            int slash = path.LastIndexOf('/');
            return slash < 0 ? string.Empty : path.Substring(0, slash);
        }
    }
}
