namespace BwcFirmware.Camera
{
    /// <summary>
    /// The entry the app finds by name at start-up. The app does not reference this assembly: a .pe with native
    /// methods deploys only onto an image that has them (nf-Visual-Studio-extension DeployProvider.cs:487-513), and
    /// the app must also deploy and run on a stock image. A custom image's deploy adds this assembly
    /// (hardware/flashing.md, "Custom image").
    /// </summary>
    public static class CameraStarter
    {
        /// <summary>Starts the camera on the board's <paramref name="pins"/> with the default settings; throws when it cannot.</summary>
        public static object Start(int[] pins)
        {
            return new NativeCamera(new CameraSettings(pins));
        }
    }
}
