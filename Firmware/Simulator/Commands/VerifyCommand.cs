using System;
using System.CommandLine;
using System.IO;
using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Drivers.Host.Hashing;
using BwcFirmware.Drivers.Host.Verification;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Verification;

namespace BwcFirmware.Simulator.Commands
{
    /// <summary>
    /// <c>verify FOLDER [--device ID]</c>: checks a card folder, or a station's storage folder, for whole and
    /// unaltered evidence: the audit chain, every manifest against its anchor in the chain, every chunk against
    /// its manifest. Prints each failure with file, record and byte range; exits 1 on any failure.
    /// </summary>
    public static class VerifyCommand
    {
        /// <summary>Creates the command, for the command tree.</summary>
        public static Command Create()
        {
            var folder = new Argument<DirectoryInfo>("folder") { Description = "A card folder (audit/, clips/) or a station storage folder (uploads/)." };
            var device = new Option<string>("--device") { Description = "Which camera's files to check in a station folder holding several." };
            var command = new Command("verify", "Verify the evidence on a card or station folder: audit chain, manifests, chunks.")
            {
                folder,
                device,
            };
            command.SetAction(result => Run(
                result.GetValue(folder).FullName, result.GetValue(device), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
            return command;
        }

        /// <summary>Verifies <paramref name="folder"/>; 0 when everything verifies, 1 on any failure, 2 when it is no card or station.</summary>
        public static int Run(string folder, TextWriter output)
        {
            return Run(folder, null, output);
        }

        /// <summary>As <see cref="Run(string, TextWriter)"/>, choosing <paramref name="device"/> in a station folder.</summary>
        public static int Run(string folder, string device, TextWriter output)
        {
            return Run(folder, device, output, output);
        }

        /// <summary>
        /// As <see cref="Run(string, string, TextWriter)"/>, with the one-line reason of a non-zero exit
        /// ("bwc-sim: ...") on <paramref name="errors"/>.
        /// </summary>
        public static int Run(string folder, string device, TextWriter output, TextWriter errors)
        {
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(errors);
            if (folder != null && File.Exists(folder))
            {
                return Refuse(errors, folder, "is a file, not a folder (verify takes a card folder or a station folder)");
            }

            if (folder == null || !Directory.Exists(folder))
            {
                return Refuse(errors, folder, "no such folder");
            }

            ICardFileSystem card;
            string what;
            if (StationFolderCard.IsStationFolder(folder))
            {
                string[] devices = StationFolderCard.Devices(folder);
                if (device == null && devices.Length == 1)
                {
                    device = devices[0];
                }

                if (device == null || Array.IndexOf(devices, device) < 0)
                {
                    return Refuse(errors, folder, "choose a camera with --device; this station holds: " + (devices.Length == 0 ? "none" : string.Join(", ", devices)));
                }

                StationFolderCard station = StationFolderCard.Open(folder, device);
                card = station;
                what = "station folder, camera " + device + ", " + station.FileCount + " uploaded files";
            }
            else if (Directory.Exists(Path.Combine(folder, CardLayout.AuditDirectory)))
            {
                card = new DirectoryCardFileSystem(folder, syncToDisk: false);
                what = "card folder";
            }
            else
            {
                return Refuse(errors, folder, "holds neither audit/ (a card) nor uploads/ (a station)");
            }

            output.WriteLine("verify " + folder + " (" + what + ")");
            using var sha = new HostSha256();
            VerificationReport report = CardVerifier.Verify(card, sha);
            for (int i = 0; i < report.Count; i++)
            {
                output.WriteLine("  " + report.Get(i).Describe());
            }

            if (report.HeadSequence > 0)
            {
                output.WriteLine("chain head: record " + report.HeadSequence + " sha256 " + report.HeadHash);
            }

            output.WriteLine(report.Summary());
            if (report.Passed)
            {
                return ExitCodes.Ok;
            }

            errors.WriteLine("bwc-sim: " + folder + " does not verify: " + report.FailureCount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " failure(s)");
            return ExitCodes.ShiftFailed;
        }

        private static int Refuse(TextWriter errors, string folder, string reason)
        {
            errors.WriteLine("bwc-sim: " + folder + ": " + reason);
            return ExitCodes.BadInput;
        }
    }
}
