namespace BwcFirmware.Shared.Audit
{
    /// <summary>
    /// The detail keys the verifier reads back, in one place so writers and verifier agree. Records about a
    /// file (uploaded, confirmed, freed) carry "file=&lt;card path&gt; sha256=&lt;hex&gt;"; records that close a clip
    /// carry "clip=&lt;six digits&gt; ... manifest-sha256=&lt;hex&gt;", which anchors the manifest in the chain.
    /// </summary>
    public static class AuditDetail
    {
        /// <summary>Key of a card path ("clips/000007/000003.avi", or a clip folder "clips/000007").</summary>
        public const string FileKey = "file";

        /// <summary>Key of a file's lower-case hex SHA-256.</summary>
        public const string Sha256Key = "sha256";

        /// <summary>Key of a clip's six-digit sequence.</summary>
        public const string ClipKey = "clip";

        /// <summary>Key of the SHA-256 of a clip's final manifest, in the record that closes the clip.</summary>
        public const string ManifestSha256Key = "manifest-sha256";

        /// <summary>"file=&lt;path&gt; sha256=&lt;hex&gt;": the detail of uploaded, confirmed and freed records.</summary>
        public static string File(string path, string sha256Hex)
        {
            return FileKey + "=" + path + " " + Sha256Key + "=" + sha256Hex;
        }
    }
}
