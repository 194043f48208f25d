namespace BwcFirmware.Shared.Media
{
    /// <summary>The microphone: PCM, 16-bit signed little-endian, mono.</summary>
    public interface IAudioSource
    {
        /// <summary>Samples per second (e.g. 16000).</summary>
        int SampleRateHz { get; }

        /// <summary>
        /// Copies up to <paramref name="count"/> bytes of samples captured up to <paramref name="nowMs"/> and not
        /// read yet; returns the bytes copied (always a whole number of samples).
        /// </summary>
        int Read(long nowMs, byte[] buffer, int offset, int count);
    }
}
