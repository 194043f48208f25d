namespace BwcFirmware.Shared.Verification
{
    /// <summary>How much a finding weighs.</summary>
    public enum FindingSeverity
    {
        /// <summary>Evidence is damaged, missing or altered: the card does not verify.</summary>
        Failure = 0,

        /// <summary>Worth knowing, not a failure (a power cut the camera recorded, a file freed after sync).</summary>
        Note = 1,
    }
}
