using System.Text;
using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Drivers.Host.Flash;
using BwcFirmware.Drivers.Host.Hashing;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Verification;
using BwcFirmware.Simulator.Commands;

namespace BwcFirmware.Tests.Simulator
{
    /// <summary>
    /// Cutting the log's tail, as someone with the card in hand would: delete the newest clip folder and cut the
    /// newest audit segment back to before that clip's records. The chain alone still verifies; against the
    /// head the camera kept in its internal flash it does not, and the failure names the missing records.
    /// </summary>
    [TestClass]
    public sealed class AuditTailCutTests
    {
        private const string TwoClips = @"
00:00 power.on
00:20 record.double      # clip 1
00:30 record.hold
00:45 record.double      # clip 2, the one to hide
00:50 record.press
00:55 record.hold
01:10 end
";

        // A power cycle between the clips: clip 1's records sit in the older segment.
        private const string TwoSegments = @"
00:00 power.on
00:20 record.double      # clip 1
00:30 record.hold
00:40 power.off
00:45 power.on
01:00 record.double      # clip 2
01:10 record.hold
01:20 end
";

        [TestMethod]
        public void TheExactAttack_PassesTheChainAlone_ButFailsAgainstTheFlash()
        {
            using SimulatedShift shift = SimulatedShift.Run(TwoClips);
            Assert.IsTrue(shift.Outcome.Verified, shift.Output);
            string card = CopyCard(shift, "attacked");
            List<Line> lines = Lines(card, out string newest);
            int cut = lines.FindIndex(l => l.Text.Contains("start clip=000002", StringComparison.Ordinal));
            Assert.IsGreaterThan(0, cut);
            Directory.Delete(Path.Combine(card, CardLayout.ClipDirectory(2)), recursive: true);
            CutBefore(newest, lines[cut]);

            VerificationReport alone = Verify(card, null);
            Assert.IsTrue(alone.Passed, "the chain alone cannot see a cut tail: " + Describe(alone));
            StringAssert.Contains(Describe(alone), "cannot be ruled out");

            VerificationReport withFlash = Verify(card, FolderChainHeadStore.LoadFrom(Path.Combine(shift.Root, "flash")));
            Assert.IsFalse(withFlash.Passed);
            long head = ChainHeadKeeper.Load(new FolderChainHeadStore(Path.Combine(shift.Root, "flash")))!.Sequence;
            StringAssert.Contains(Describe(withFlash), "the chain ends at record " + lines[cut - 1].Sequence + " but the head kept in");
            StringAssert.Contains(Describe(withFlash), "records " + lines[cut].Sequence + "-" + head + " missing");

            var output = new StringWriter();
            int exit = VerifyCommand.Run(null, null, Path.Combine(shift.Root, "flash"), output, output);
            Assert.AreEqual(ExitCodes.BadInput, exit, "no folder given");
            exit = VerifyCommand.Run(card, null, Path.Combine(shift.Root, "flash"), output, output);
            Assert.AreEqual(ExitCodes.ShiftFailed, exit, output.ToString());
            StringAssert.Contains(output.ToString(), "missing, cut from the end of the log");
        }

        [TestMethod]
        public void ATailCutAtEveryRecordOfTheLastClip_FailsAgainstTheFlash()
        {
            using SimulatedShift shift = SimulatedShift.Run(TwoClips);
            string flash = Path.Combine(shift.Root, "flash");
            ChainHead head = FolderChainHeadStore.LoadFrom(flash)!;
            List<Line> lines = Lines(shift.CardDirectory, out _);
            int first = lines.FindIndex(l => l.Text.Contains("start clip=000002", StringComparison.Ordinal));
            int anchor = lines.FindIndex(l => l.Text.Contains("stop clip=000002", StringComparison.Ordinal));
            Assert.AreEqual(lines[^1].Sequence, head.Sequence, "an orderly power-off leaves the flash at the last record");

            for (int cut = first; cut < lines.Count; cut++)
            {
                string card = CopyCard(shift, "cut-" + cut);
                List<Line> copy = Lines(card, out string newest);
                if (cut <= anchor)
                {
                    Directory.Delete(Path.Combine(card, CardLayout.ClipDirectory(2)), recursive: true);
                }

                CutBefore(newest, copy[cut]);
                VerificationReport report = Verify(card, head);
                Assert.IsFalse(report.Passed, "cut before record " + copy[cut].Sequence + " went unseen");
                StringAssert.Contains(Describe(report), "the chain ends at record " + copy[cut - 1].Sequence);
                Directory.Delete(card, recursive: true);
            }
        }

        [TestMethod]
        public void AReplacedOlderSegment_RechainedToLookWhole_FailsAgainstTheFlash()
        {
            using SimulatedShift shift = SimulatedShift.Run(TwoSegments);
            Assert.IsTrue(shift.Outcome.Verified, shift.Output);
            string card = CopyCard(shift, "forged");
            string[] segments = Directory.GetFiles(Path.Combine(card, CardLayout.AuditDirectory), "*.log").OrderBy(p => p).ToArray();
            Assert.IsGreaterThanOrEqualTo(2, segments.Length);

            // Clip 1's records become innocuous ones (same count), every later record is re-chained, clip 1 goes.
            string previous = AuditRecord.GenesisHash;
            foreach (string segment in segments)
            {
                var forged = new StringBuilder();
                foreach (string text in File.ReadAllLines(segment))
                {
                    Assert.IsTrue(AuditRecord.TryParse(text, out AuditRecord record));
                    string detail = record.Detail.Contains("clip=000001", StringComparison.Ordinal) ? "holster.return" : record.Detail;
                    string name = detail == "holster.return" ? AuditEvents.Input : record.EventName;
                    string line = new AuditRecord(record.Sequence, record.MonotonicMs, record.Utc, name, previous, detail).Format() + "\n";
                    previous = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.ASCII.GetBytes(line)));
                    forged.Append(line);
                }

                File.WriteAllText(segment, forged.ToString());
            }

            Directory.Delete(Path.Combine(card, CardLayout.ClipDirectory(1)), recursive: true);

            Assert.IsTrue(Verify(card, null).Passed, "a re-chained log fools the chain alone");
            VerificationReport report = Verify(card, FolderChainHeadStore.LoadFrom(Path.Combine(shift.Root, "flash")));
            Assert.IsFalse(report.Passed);
            StringAssert.Contains(Describe(report), "the log was rewritten up to here (a replaced segment)");
        }

        [TestMethod]
        public void AHeadInFlashOlderThanTheCard_IsNoFalseAlarm()
        {
            using SimulatedShift shift = SimulatedShift.Run(TwoClips);
            List<Line> lines = Lines(shift.CardDirectory, out _);

            // A power cut between the card write and the flash write: the flash holds an earlier record.
            Line older = lines[^4];
            string flash = Path.Combine(shift.Root, "older-flash");
            new FolderChainHeadStore(flash).Write(0, Encoding.ASCII.GetBytes(new ChainHead(older.Sequence, older.Sha256).Format()));

            VerificationReport report = Verify(shift.CardDirectory, FolderChainHeadStore.LoadFrom(flash));
            Assert.IsTrue(report.Passed, Describe(report));
            StringAssert.Contains(Describe(report), "the chain reaches the head kept in");
            StringAssert.Contains(Describe(report), "came after the last head update");
        }

        [TestMethod]
        public void AnOrderlyPowerOff_ClosesTheNewestSegment()
        {
            using SimulatedShift shift = SimulatedShift.Run(TwoSegments);

            foreach (string segment in Directory.GetFiles(Path.Combine(shift.CardDirectory, CardLayout.AuditDirectory), "*.log"))
            {
                string last = File.ReadAllLines(segment)[^1];
                StringAssert.Contains(last, "event=" + AuditEvents.SegmentClosed, segment);
            }
        }

        private static VerificationReport Verify(string card, ChainHead? head)
        {
            using var sha = new HostSha256();
            return CardVerifier.Verify(new DirectoryCardFileSystem(card, syncToDisk: false), sha, head, "the test's flash");
        }

        private static string Describe(VerificationReport report)
        {
            return string.Join("\n", Enumerable.Range(0, report.Count).Select(i => report.Get(i).Describe())) + "\n" + report.Summary();
        }

        private static string CopyCard(SimulatedShift shift, string name)
        {
            string target = Path.Combine(shift.Root, name);
            foreach (string file in Directory.GetFiles(shift.CardDirectory, "*", SearchOption.AllDirectories))
            {
                string to = Path.Combine(target, Path.GetRelativePath(shift.CardDirectory, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }

            return target;
        }

        /// <summary>The records of the newest segment, with their byte offsets.</summary>
        private static List<Line> Lines(string card, out string newest)
        {
            newest = Directory.GetFiles(Path.Combine(card, CardLayout.AuditDirectory), "*.log").OrderBy(p => p).Last();
            byte[] bytes = File.ReadAllBytes(newest);
            var lines = new List<Line>();
            int start = 0;
            for (int i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    string text = Encoding.ASCII.GetString(bytes, start, i - start);
                    Assert.IsTrue(AuditRecord.TryParse(text, out AuditRecord record), text);
                    string sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes.AsSpan(start, i + 1 - start)));
                    lines.Add(new Line(start, record.Sequence, text, sha));
                    start = i + 1;
                }
            }

            return lines;
        }

        private static void CutBefore(string segment, Line line)
        {
            using var file = new FileStream(segment, FileMode.Open, FileAccess.Write);
            file.SetLength(line.Offset);
        }

        private sealed record Line(long Offset, long Sequence, string Text, string Sha256);
    }
}
