using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Shared.Text;

namespace BwcFirmware.Shared.CardStore
{
    /// <summary>
    /// How the card store learns that a clip is safe at the station, the only thing that lets retention
    /// delete it. The sync agent calls <see cref="MarkSynced"/> once the station has confirmed the SHA-256 of
    /// every chunk and of the manifest. The marker names the manifest's SHA-256: it counts only while the
    /// manifest on the card still has that hash, so a marker never vouches for content the station lacks.
    /// </summary>
    /// <remarks>
    /// File: <c>clips/NNNNNN/synced.txt</c>, one line <c>synced manifest-sha256=&lt;64 hex&gt;\n</c>, written to
    /// <c>synced.tmp</c>, flushed, then renamed into place, so it is either whole or absent after a cut.
    /// </remarks>
    public static class ClipSyncMarker
    {
        private const string Prefix = "synced manifest-sha256=";
        private const string TemporaryName = "synced.tmp";
        private const int DigestBytes = 32;

        /// <summary>Marks clip <paramref name="clipSequence"/> synced with the manifest hash the station confirmed.</summary>
        public static void MarkSynced(ICardFileSystem card, int clipSequence, byte[] manifestSha256)
        {
            if (manifestSha256 == null || manifestSha256.Length != DigestBytes)
            {
                throw new System.ArgumentException("digest");
            }

            string marker = CardLayout.ClipSyncedMarker(clipSequence);
            if (card.FileExists(marker))
            {
                return;
            }

            string temporary = CardLayout.ClipDirectory(clipSequence) + "/" + TemporaryName;
            if (card.FileExists(temporary))
            {
                card.Delete(temporary);
            }

            byte[] line = Utf8Text.GetBytes(Prefix + Hex.ToLower(manifestSha256) + "\n");
            using (ICardFile file = card.Create(temporary))
            {
                file.Write(line, 0, line.Length);
                file.Flush();
            }

            card.Rename(temporary, marker);
        }

        /// <summary>
        /// The manifest hash recorded in the marker of clip <paramref name="clipSequence"/> into
        /// <paramref name="digest"/>; false when there is no (whole) marker.
        /// </summary>
        public static bool TryReadMarker(ICardFileSystem card, int clipSequence, byte[] digest)
        {
            string marker = CardLayout.ClipSyncedMarker(clipSequence);
            if (!card.FileExists(marker))
            {
                return false;
            }

            byte[] bytes = new byte[Prefix.Length + (2 * DigestBytes) + 1];
            int read = card.Read(marker, 0, bytes, 0, bytes.Length);
            if (read != bytes.Length || bytes[bytes.Length - 1] != (byte)'\n')
            {
                return false;
            }

            string text = Utf8Text.GetString(bytes, 0, bytes.Length - 1);
            return text.StartsWith(Prefix) && Hex.TryParse(text.Substring(Prefix.Length), digest, 0, DigestBytes);
        }

        /// <summary>
        /// True when clip <paramref name="clipSequence"/> has a marker whose hash equals its manifest's hash
        /// as it is on the card now (hashed with <paramref name="sha"/> through <paramref name="buffer"/>).
        /// </summary>
        public static bool IsSynced(ICardFileSystem card, int clipSequence, ISha256 sha, byte[] buffer)
        {
            byte[] marked = new byte[DigestBytes];
            if (!TryReadMarker(card, clipSequence, marked))
            {
                return false;
            }

            string manifest = CardLayout.ClipManifest(clipSequence);
            if (!card.FileExists(manifest))
            {
                return false;
            }

            byte[] actual = new byte[DigestBytes];
            CardFileHash.Compute(card, manifest, sha, buffer, actual, 0);
            for (int i = 0; i < DigestBytes; i++)
            {
                if (marked[i] != actual[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
