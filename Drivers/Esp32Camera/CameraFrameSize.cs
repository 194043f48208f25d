namespace BwcFirmware.Camera
{
    /// <summary>
    /// Frame sizes passed to the native driver; the values are esp32-camera's framesize_t (sensor.h), so the
    /// native side casts them directly.
    /// </summary>
    public enum CameraFrameSize
    {
        /// <summary>320x240.</summary>
        Qvga = 5,

        /// <summary>640x480.</summary>
        Vga = 8,

        /// <summary>800x600.</summary>
        Svga = 9,

        /// <summary>1280x720.</summary>
        Hd = 11,
    }
}
