namespace BwcFirmware.Drivers
{
    /// <summary>Names this assembly in logs and the on-device test report.</summary>
    public static class DriversAssembly
    {
        /// <summary>The assembly's name.</summary>
        public const string Name = "BwcFirmware.Drivers";
    }
}
