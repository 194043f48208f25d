namespace BwcFirmware.Camera
{
    /// <summary>
    /// Frame sizes passed to the native driver; the values are esp32-camera's framesize_t (driver/include/sensor.h
    /// of v2.1.5, the version the image pins: Drivers/NativeMediaInterop/image), so the native side casts them
    /// directly. v2.0.14 inserted 128X128 and 320X320 into that enum, which moved every size from QVGA up.
    /// </summary>
    public enum CameraFrameSize
    {
        /// <summary>320x240.</summary>
        Qvga = 6,

        /// <summary>640x480.</summary>
        Vga = 10,

        /// <summary>800x600.</summary>
        Svga = 11,

        /// <summary>1280x720.</summary>
        Hd = 13,
    }
}
