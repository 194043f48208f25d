using BwcFirmware.Shared.Card;

namespace BwcFirmware.Shared.Audit
{
    /// <summary>
    /// The details the verifier reads back, built in one place so writer and verifier agree: records about a
    /// file (a clip closed, a file uploaded, confirmed or freed) carry "file=&lt;card path&gt; sha256=&lt;hex&gt;".
    /// </summary>
    public static class AuditDetail
    {
        /// <summary>Key of the card path ("clips/000007/manifest.txt").</summary>
        public const string FileKey = "file";

        /// <summary>Key of the file's lower-case hex SHA-256.</summary>
        public const string Sha256Key = "sha256";

        /// <summary>Key of a cause ("record.hold", "card.full").</summary>
        public const string CauseKey = "cause";

        /// <summary>"file=&lt;path&gt; sha256=&lt;hex&gt;": the detail of uploaded, confirmed and freed records.</summary>
        public static string File(string path, string sha256Hex)
        {
            return FileKey + "=" + path + " " + Sha256Key + "=" + sha256Hex;
        }

        /// <summary>
        /// The detail of the <see cref="AuditEvents.ClipClosed"/> record that anchors clip
        /// <paramref name="clipSequence"/>'s final manifest in the chain.
        /// </summary>
        public static string ClipClosed(int clipSequence, string manifestSha256Hex, int chunkCount, string cause)
        {
            return File(CardLayout.ClipManifest(clipSequence), manifestSha256Hex) + " chunks=" + chunkCount.ToString()
                + " " + CauseKey + "=" + cause;
        }
    }
}
