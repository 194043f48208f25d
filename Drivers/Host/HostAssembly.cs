namespace BwcFirmware.Drivers.Host
{
    /// <summary>Names this assembly in logs.</summary>
    public static class HostAssembly
    {
        /// <summary>The assembly's name.</summary>
        public const string Name = "BwcFirmware.Drivers.Host";
    }
}
