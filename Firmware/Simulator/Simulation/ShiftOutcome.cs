using System.Collections.Generic;
using BwcFirmware.Shared.Verification;
using BwcFirmware.Simulator.Output;

namespace BwcFirmware.Simulator.Simulation
{
    /// <summary>A finished shift: what happened, the checks run on the card afterwards, and where the report went.</summary>
    public sealed class ShiftOutcome
    {
        /// <summary>What happened.</summary>
        public ShiftResult Result { get; init; }

        /// <summary>The numbers, per clip.</summary>
        public ShiftSummary Summary { get; init; }

        /// <summary>Problems found in clips left on the card ("clips/000002: torn last line"); empty when all verify.</summary>
        public IReadOnlyList<string> ClipProblems { get; init; }

        /// <summary>The evidence check over the card (audit chain, manifests against their anchors, chunks), as 'verify' runs it.</summary>
        public VerificationReport Evidence { get; init; }

        /// <summary>The timeline picture.</summary>
        public string PicturePath { get; init; }

        /// <summary>The summary as text.</summary>
        public string SummaryPath { get; init; }

        /// <summary>True when every clip on the card verifies on its own and against the audit chain.</summary>
        public bool Verified => ClipProblems.Count == 0 && Evidence.Passed;
    }
}
