using System.Collections;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;

namespace BwcFirmware.Shared.Media.Manifest
{
    /// <summary>
    /// Checks a clip folder against its manifest: start line first, at most one stop line and nothing after
    /// it, no torn or malformed line, every listed chunk present with the listed length and SHA-256, every
    /// chunk file listed, chunk names in recording order.
    /// </summary>
    public sealed class ClipVerifier
    {
        private readonly ICardFileSystem _card;
        private readonly ISha256 _sha;
        private readonly byte[] _buffer;
        private readonly byte[] _digest = new byte[32];

        /// <summary>Checks clips on <paramref name="card"/>, hashing through <paramref name="buffer"/>.</summary>
        public ClipVerifier(ICardFileSystem card, ISha256 sha, byte[] buffer)
        {
            _card = card;
            _sha = sha;
            _buffer = buffer;
        }

        /// <summary>
        /// The problems found in clip <paramref name="clipDirectory"/> (strings, empty when it verifies).
        /// With <paramref name="requireClosed"/>, a missing stop line is a problem too.
        /// </summary>
        public ArrayList Verify(string clipDirectory, bool requireClosed)
        {
            var problems = new ArrayList();
            string manifestPath = clipDirectory + "/" + CardLayout.ManifestName;
            if (!_card.FileExists(manifestPath))
            {
                problems.Add("no manifest");
                return problems;
            }

            ClipManifest manifest = ClipManifest.Load(_card, manifestPath);
            if (manifest.EntryCount == 0 || manifest.EntryAt(0).Kind != ManifestEntryKind.Start)
            {
                problems.Add("no start line");
            }

            if (manifest.TornBytes > 0)
            {
                problems.Add("torn last line");
            }

            if (manifest.MalformedLines > 0)
            {
                problems.Add("malformed lines: " + manifest.MalformedLines.ToString());
            }

            if (manifest.LinesAfterStop > 0)
            {
                problems.Add("lines after stop");
            }

            if (requireClosed && !manifest.IsClosed)
            {
                problems.Add("no stop line");
            }

            int previous = 0;
            for (int i = 0; i < manifest.ChunkCount; i++)
            {
                ManifestEntry chunk = manifest.ChunkAt(i);
                int sequence = CardLayout.ParseSequence(chunk.Name);
                if (sequence <= previous)
                {
                    problems.Add("chunk out of order: " + chunk.Name);
                }

                previous = sequence;
                CheckChunk(clipDirectory, chunk, problems);
            }

            string[] files = _card.ListFiles(clipDirectory);
            for (int i = 0; i < files.Length; i++)
            {
                if (files[i].EndsWith(CardLayout.ChunkExtension) && manifest.FindChunk(files[i]) == null)
                {
                    problems.Add("unlisted chunk: " + files[i]);
                }
            }

            return problems;
        }

        private void CheckChunk(string clipDirectory, ManifestEntry chunk, ArrayList problems)
        {
            string path = clipDirectory + "/" + chunk.Name;
            if (!CardPathCheck.IsValid(path))
            {
                problems.Add("bad chunk name: " + chunk.Name);
                return;
            }

            if (!_card.FileExists(path))
            {
                problems.Add("missing chunk: " + chunk.Name);
                return;
            }

            long length = CardFileHash.Compute(_card, path, _sha, _buffer, _digest, 0);
            if (length != chunk.GetNumber(ManifestKeys.Bytes, -1))
            {
                problems.Add("length differs: " + chunk.Name);
            }

            if (Hex.ToLower(_digest) != chunk.Get(ManifestKeys.Sha256))
            {
                problems.Add("hash differs: " + chunk.Name);
            }
        }
    }
}
