#nullable disable
using BwcFirmware.Drivers.Indicators;

// Portable fake (no generics, no LINQ): runs on nanoCLR with the device tests and on the host.
namespace BwcFirmware.DeviceTests.Fakes.Loop
{
    /// <summary>The LED and motor: keeps the pattern shown.</summary>
    public sealed class FakeIndicators : IIndicatorOutput
    {
        /// <summary>The LED pattern shown now.</summary>
        public LedPattern Led { get; private set; }

        /// <inheritdoc />
        public void ShowLed(LedPattern pattern, long nowMs)
        {
            Led = pattern;
        }

        /// <inheritdoc />
        public void Haptic(int pulses, long nowMs)
        {
        }

        /// <inheritdoc />
        public void Beep(int beeps, long nowMs)
        {
        }
    }
}
