#nullable disable
using BwcFirmware.Shared.Loop;

// Portable fake (no generics, no LINQ): runs on nanoCLR with the device tests and on the host.
namespace BwcFirmware.DeviceTests.Fakes.Loop
{
    /// <summary>Keeps every line, problems marked with "problem: ".</summary>
    public sealed class FakeStartupLog : IStartupLog
    {
        /// <summary>Every line so far, one a line.</summary>
        public string Text { get; private set; } = string.Empty;

        /// <inheritdoc />
        public void Note(string text)
        {
            Text += text + "\n";
        }

        /// <inheritdoc />
        public void Problem(string text)
        {
            Text += "problem: " + text + "\n";
        }
    }
}
