#nullable disable
using BwcFirmware.Shared.Media;

// Portable fake (no generics, no LINQ): runs on nanoCLR with the device tests and on the host.
namespace BwcFirmware.DeviceTests.Fakes.Loop
{
    /// <summary>A camera that never yields a frame: the loop's policies do not need video.</summary>
    public sealed class FakeFrames : IFrameSource
    {
        /// <inheritdoc />
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
