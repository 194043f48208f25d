namespace BwcFirmware.Simulator.Commands
{
    /// <summary>The simulator's exit codes: 0 ok, anything else comes with a one-line reason on stderr.</summary>
    public static class ExitCodes
    {
        /// <summary>The shift ran (or the check passed).</summary>
        public const int Ok = 0;

        /// <summary>The shift ran but the firmware did something wrong (a clip missing, sync not confirmed).</summary>
        public const int ShiftFailed = 1;

        /// <summary>Bad command line or a bad script line: nothing ran.</summary>
        public const int BadInput = 2;

        /// <summary>Something outside the firmware failed (the card folder, the station).</summary>
        public const int Environment = 3;
    }
}
