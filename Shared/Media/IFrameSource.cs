namespace BwcFirmware.Shared.Media
{
    /// <summary>
    /// The camera: MJPEG frames as opaque buffers with their capture time. The managed engine copies each frame
    /// into one buffer it owns and reuses (no allocation per frame); a native engine on the device may keep
    /// frames out of the managed heap altogether behind its own source.
    /// </summary>
    public interface IFrameSource
    {
        /// <summary>The largest frame the source delivers, so buffers are sized once.</summary>
        int MaxFrameBytes { get; }

        /// <summary>
        /// Copies the oldest frame captured at or before <paramref name="nowMs"/> and not read yet into
        /// <paramref name="buffer"/>; false when none is ready.
        /// </summary>
        bool TryReadFrame(long nowMs, byte[] buffer, out int length, out long captureTimeMs);
    }
}
