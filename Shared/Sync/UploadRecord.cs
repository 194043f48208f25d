namespace BwcFirmware.Shared.Sync
{
    /// <summary>The journal's memory of one file: which upload on the station holds it and how far it got.</summary>
    public sealed class UploadRecord
    {
        /// <summary>Creates a record for card file <paramref name="path"/> of <paramref name="length"/> bytes with hash <paramref name="sha256"/>.</summary>
        public UploadRecord(string path, long length, string sha256)
        {
            Path = path;
            Length = length;
            Sha256 = sha256;
        }

        /// <summary>Card path of the file.</summary>
        public string Path { get; }

        /// <summary>File length in bytes (the upload's Upload-Length).</summary>
        public long Length { get; }

        /// <summary>The device's SHA-256 of the file, lower-case hex.</summary>
        public string Sha256 { get; }

        /// <summary>Absolute upload URL on the station, or null before creation.</summary>
        public string Url { get; set; }

        /// <summary>Bytes the station acknowledged at the last save (a hint: HEAD is the truth on resume).</summary>
        public long Offset { get; set; }

        /// <summary>Where the upload stands.</summary>
        public UploadPhase Phase { get; set; }

        /// <summary>How often the station computed another hash for this file.</summary>
        public int Mismatches { get; set; }

        /// <summary>Lower-case name of <paramref name="phase"/> for the journal and the log.</summary>
        public static string PhaseName(UploadPhase phase)
        {
            switch (phase)
            {
                case UploadPhase.Uploading:
                    return "uploading";
                case UploadPhase.Confirmed:
                    return "confirmed";
                case UploadPhase.Unconfirmed:
                    return "unconfirmed";
                default:
                    return "failed";
            }
        }

        /// <summary>Parses a name written by <see cref="PhaseName"/>.</summary>
        public static bool TryParsePhase(string name, out UploadPhase phase)
        {
            switch (name)
            {
                case "uploading":
                    phase = UploadPhase.Uploading;
                    return true;
                case "confirmed":
                    phase = UploadPhase.Confirmed;
                    return true;
                case "unconfirmed":
                    phase = UploadPhase.Unconfirmed;
                    return true;
                case "failed":
                    phase = UploadPhase.Failed;
                    return true;
                default:
                    phase = UploadPhase.Uploading;
                    return false;
            }
        }
    }
}
