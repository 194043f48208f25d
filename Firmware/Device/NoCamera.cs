using BwcFirmware.Shared.Media;

namespace BwcFirmware.Device
{
    /// <summary>
    /// The frame source of a board whose camera did not start (no camera interop in the image, or the sensor failed):
    /// it never yields a frame, so the agent still runs - audio, audit log, sync of what is on the card - and the
    /// start-up report says why there is no video.
    /// </summary>
    public sealed class NoCamera : IFrameSource
    {
        /// <summary>Small: the pipeline's frame buffer is sized by it and no frame ever arrives.</summary>
        public int MaxFrameBytes
        {
            get { return 1024; }
        }

        /// <inheritdoc />
        public bool TryReadFrame(long nowMs, byte[] buffer, out int length, out long captureTimeMs)
        {
            length = 0;
            captureTimeMs = nowMs;
            return false;
        }
    }
}
