namespace BwcFirmware.Shared.Config
{
    /// <summary>The values of sensitive_gesture: which gesture flags the open clip as sensitive.</summary>
    public static class SensitiveGestures
    {
        /// <summary>A double press of the function button (the default: no other gesture starts that way).</summary>
        public const string FunctionDouble = "function.double";

        /// <summary>A single press of the function button (it has no other meaning while recording).</summary>
        public const string FunctionPress = "function.press";

        /// <summary>No gesture flags clips.</summary>
        public const string Off = "off";

        /// <summary>True when <paramref name="value"/> is one of the three values.</summary>
        public static bool IsKnown(string value)
        {
            return value == FunctionDouble || value == FunctionPress || value == Off;
        }
    }
}
