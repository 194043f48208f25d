namespace BwcFirmware.Simulator.Simulation
{
    /// <summary>Which per-frame media path the simulated camera runs (<c>--engine</c>).</summary>
    public enum MediaEngineChoice
    {
        /// <summary>The C path (Drivers/NativeMedia) through P/Invoke, as the device runs it natively.</summary>
        Native,

        /// <summary>The managed reference engine (Shared/Media/ManagedFramePath).</summary>
        Managed,
    }

    /// <summary>The <c>--engine</c> words and how the reports name each engine.</summary>
    public static class MediaEngineChoices
    {
        /// <summary>The words <c>--engine</c> takes.</summary>
        public const string Words = "native|managed";

        /// <summary>Reads "native" or "managed"; false for anything else.</summary>
        public static bool TryParse(string text, out MediaEngineChoice choice)
        {
            switch (text)
            {
                case "native":
                    choice = MediaEngineChoice.Native;
                    return true;
                case "managed":
                    choice = MediaEngineChoice.Managed;
                    return true;
                default:
                    choice = MediaEngineChoice.Native;
                    return false;
            }
        }

        /// <summary>The engine as the summary and status name it.</summary>
        public static string Describe(MediaEngineChoice choice) =>
            choice == MediaEngineChoice.Native ? "native (libnativemedia_host through P/Invoke)" : "managed (the reference engine)";
    }
}
