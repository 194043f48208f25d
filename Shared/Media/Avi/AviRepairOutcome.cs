namespace BwcFirmware.Shared.Media.Avi
{
    /// <summary>What <see cref="AviChunkRepair"/> found and did.</summary>
    public enum AviRepairOutcome
    {
        /// <summary>The chunk was closed properly (header patched, idx1 complete); nothing was written.</summary>
        AlreadyWhole = 0,

        /// <summary>The chunk was unclosed or cut; it now ends after its last whole chunk and plays.</summary>
        Repaired = 1,

        /// <summary>
        /// No readable AVI header (the cut came before the header reached the card, or it is not an AVI): it holds
        /// no frame, and the file was left as it was.
        /// </summary>
        NoHeader = 2,

        /// <summary>Found by a scan: the chunk is unclosed or cut and needs <see cref="AviChunkRepair.Repair"/>.</summary>
        NeedsRepair = 3,
    }

    /// <summary>Names of <see cref="AviRepairOutcome"/> values for logs (enum.ToString() gives numbers on the device).</summary>
    public static class AviRepairOutcomeNames
    {
        /// <summary>The outcome's name, as written in manifests and audit records.</summary>
        public static string Name(AviRepairOutcome outcome)
        {
            switch (outcome)
            {
                case AviRepairOutcome.AlreadyWhole:
                    return "already-whole";
                case AviRepairOutcome.Repaired:
                    return "repaired";
                case AviRepairOutcome.NoHeader:
                    return "no-header";
                case AviRepairOutcome.NeedsRepair:
                    return "needs-repair";
                default:
                    return "unknown";
            }
        }
    }
}
