using System;
using System.IO;

namespace BwcFirmware.Simulator.Simulation
{
    /// <summary>The shift ran but its report (picture or summary) could not be written into the report folder.</summary>
    public sealed class ReportWriteException : IOException
    {
        /// <summary>Creates the failure for <paramref name="fileName"/> in <paramref name="folder"/>.</summary>
        public ReportWriteException(string folder, string fileName, Exception cause)
            : base("cannot write " + fileName + " into " + folder, cause)
        {
            Folder = folder;
            FileName = fileName;
        }

        /// <summary>The report folder.</summary>
        public string Folder { get; }

        /// <summary>The file that could not be written.</summary>
        public string FileName { get; }
    }
}
