using System.Collections;
using System.Diagnostics;
using BwcFirmware.Shared.Loop;

namespace BwcFirmware.Device
{
    /// <summary>
    /// Problems found while starting (missing board file, no card, no camera), kept for the audit log once the card
    /// is mounted and written to the debug output at once (Visual Studio's Output window while attached).
    /// </summary>
    public sealed class StartupReport : IStartupLog
    {
        private readonly ArrayList _problems = new ArrayList();

        /// <summary>How many problems were reported.</summary>
        public int Count
        {
            get { return _problems.Count; }
        }

        /// <summary>Problem <paramref name="index"/>.</summary>
        public string this[int index]
        {
            get { return (string)_problems[index]; }
        }

        /// <summary>Writes a progress line to the debug output (not a problem).</summary>
        public void Note(string text)
        {
            Debug.WriteLine("bwc: " + text);
        }

        /// <summary>Records a problem.</summary>
        public void Problem(string text)
        {
            _problems.Add(text);
            Debug.WriteLine("bwc: " + text);
        }
    }
}
