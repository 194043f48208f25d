using System;
using System.CommandLine;
using System.IO;
using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Drivers.Host.Flash;
using BwcFirmware.Drivers.Host.Hashing;
using BwcFirmware.Drivers.Host.Verification;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Verification;

namespace BwcFirmware.Simulator.Commands
{
    /// <summary>
    /// <c>verify FOLDER [--device ID] [--flash DIR]</c> (or <c>--card FOLDER</c>): checks a card folder, or a
    /// station's storage folder, for whole and unaltered evidence: the audit chain, every manifest against its
    /// anchor in the chain, every chunk against its manifest, and the chain's end against the head kept outside
    /// the card (the device's internal flash, or the head a station keeps per device). Prints each failure with
    /// file, record and byte range; exits 1 on any failure.
    /// </summary>
    public static class VerifyCommand
    {
        /// <summary>Creates the command, for the command tree.</summary>
        public static Command Create()
        {
            var folder = new Argument<DirectoryInfo>("folder") { Description = "A card folder (audit/, clips/) or a station storage folder (uploads/).", Arity = ArgumentArity.ZeroOrOne };
            var cardOption = new Option<DirectoryInfo>("--card") { Description = "The card folder (instead of the folder argument)." };
            var device = new Option<string>("--device") { Description = "Which camera's files to check in a station folder holding several." };
            var flash = new Option<DirectoryInfo>("--flash") { Description = "The device's internal flash folder holding the audit chain's head (the simulator's <card>-flash)." };
            var command = new Command("verify", "Verify the evidence on a card or station folder: audit chain, manifests, chunks, the chain's end against the kept head.")
            {
                folder,
                cardOption,
                device,
                flash,
            };
            command.SetAction(result => Run(
                (result.GetValue(folder) ?? result.GetValue(cardOption))?.FullName,
                result.GetValue(device),
                result.GetValue(flash)?.FullName,
                result.InvocationConfiguration.Output,
                result.InvocationConfiguration.Error));
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
            return Run(folder, device, null, output, errors);
        }

        /// <summary>
        /// As <see cref="Run(string, string, TextWriter, TextWriter)"/>, judging the chain's end against the head kept in
        /// the flash folder <paramref name="flash"/> (null: none given; a station folder's own kept head is used).
        /// </summary>
        public static int Run(string folder, string device, string flash, TextWriter output, TextWriter errors)
        {
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(errors);
            if (folder == null)
            {
                return Refuse(errors, "verify", "give a card or station folder (or --card FOLDER)");
            }

            if (File.Exists(folder))
            {
                return Refuse(errors, folder, "is a file, not a folder (verify takes a card folder or a station folder)");
            }

            if (!Directory.Exists(folder))
            {
                return Refuse(errors, folder, "no such folder");
            }

            if (flash != null && !Directory.Exists(flash))
            {
                return Refuse(errors, flash, "no such flash folder");
            }

            ICardFileSystem card;
            string what;
            ChainHead head = null;
            string headSource = null;
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
                head = StationKeptHead(folder, device, out headSource);
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

            if (flash != null)
            {
                head = FolderChainHeadStore.LoadFrom(flash);
                headSource = "the device's internal flash (" + flash + ")";
                if (head == null)
                {
                    return Refuse(errors, flash, "holds no chain head (chain-head-0.txt or chain-head-1.txt)");
                }
            }

            output.WriteLine("verify " + folder + " (" + what + ")");
            using var sha = new HostSha256();
            VerificationReport report = CardVerifier.Verify(card, sha, head, headSource);
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

        /// <summary>The head a station keeps for <paramref name="device"/> (heads/DEVICE.txt), or null.</summary>
        private static ChainHead StationKeptHead(string folder, string device, out string source)
        {
            string path = Path.Combine(folder, "heads", device + ".txt");
            source = "the station (" + path + ")";
            return File.Exists(path) ? ChainHead.Parse(File.ReadAllText(path)) : null;
        }

        private static int Refuse(TextWriter errors, string folder, string reason)
        {
            errors.WriteLine("bwc-sim: " + folder + ": " + reason);
            return ExitCodes.BadInput;
        }
    }
}
