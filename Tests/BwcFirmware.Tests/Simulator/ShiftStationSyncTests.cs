using System.Security.Cryptography;
using BwcFirmware.Drivers.Host.Hashing;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.CardStore;
using BwcFirmware.Shared.Verification;
using BwcFirmware.Tests.Sync;

namespace BwcFirmware.Tests.Simulator
{
    /// <summary>
    /// A scripted shift that ends in the dock with the reference station: the whole firmware uploads over tus,
    /// the station confirms the hashes, and the card keeps what the station does not hold.
    /// </summary>
    [TestClass]
    public sealed class ShiftStationSyncTests
    {
        // Two incidents, a power cut that recovery closes, then the dock.
        private const string ShiftThenDock = @"
00:00 power.on
00:20 record.double      # incident 1
00:25 record.press       # marker
00:35 record.hold        # stop (at 00:38)
00:50 record.double      # incident 2
01:00 power.cut          # recovery closes clip 2 at the next boot
01:02 power.on
01:20 dock
02:20 end
";

        private const string Config = "device_id = BWC-TEST-01\npre_event_seconds = 5\n";

        [TestMethod]
        public void DockedAfterShift_EveryClosedClipIsConfirmedByTheStationByteForByte()
        {
            using var station = ReferenceStation.Start("tok-sim");
            using SimulatedShift shift = SimulatedShift.Run(ShiftThenDock, new Uri(station.Url), "tok-sim", Config);

            Assert.IsTrue(shift.Outcome.Verified, shift.Output);
            int[] clips = shift.ClipsOnCard();
            Assert.HasCount(2, clips, shift.Output);
            HashSet<string> stored = station.StoredUploads().Values.Select(Hex).ToHashSet();
            foreach (int clip in clips)
            {
                string folder = CardLayout.ClipDirectory(clip);
                string[] files = shift.Card.ListFiles(folder);
                Assert.IsGreaterThan(1, files.Length);
                foreach (string name in files.Where(n => n != CardLayout.SyncedMarkerName))
                {
                    byte[] bytes = File.ReadAllBytes(Path.Combine(shift.CardDirectory, folder, name));
                    Assert.Contains(Hex(bytes), stored, folder + "/" + name + " not held by the station");
                }

                Assert.IsTrue(shift.Outcome.Summary.Clips.Single(c => c.Id == CardLayout.Sequence(clip)).Confirmed, "summary: clip " + clip);
            }

            StringAssert.Contains(shift.Output, "sync up-to-date");
        }

        [TestMethod]
        public void DockedAfterShift_OnlyConfirmedClipsBecomeFreeableAndRetentionKeepsTheRest()
        {
            using var station = ReferenceStation.Start("tok-sim");
            using SimulatedShift shift = SimulatedShift.Run(ShiftThenDock, new Uri(station.Url), "tok-sim", Config);

            using var sha = new HostSha256();
            var buffer = new byte[64 * 1024];
            var space = CardSpace.Measure(shift.Card, 1, 0, CardSpace.DefaultClusterBytes);
            var retention = new ClipRetention(shift.Card, space, sha, buffer, new NullAudit());
            int[] clips = shift.ClipsOnCard();
            foreach (int clip in clips)
            {
                Assert.IsTrue(retention.IsDeletable(clip), "clip " + clip + " confirmed, so deletable");
            }

            // Two clips recorded after the sync have no station copy; the newer one is also the sequence anchor.
            int unsynced = clips.Max() + 1;
            CopyClip(shift, clips.Max(), unsynced);
            CopyClip(shift, clips.Max(), unsynced + 1);
            Assert.IsFalse(retention.IsDeletable(unsynced));

            retention.MakeRoom(long.MaxValue / 4, -1, 0);

            int[] left = shift.ClipsOnCard();
            foreach (int clip in clips)
            {
                CollectionAssert.DoesNotContain(left, clip, "confirmed clip " + clip + " is freed when space is needed");
            }

            CollectionAssert.Contains(left, unsynced, "an unsynced clip is never deleted");
        }

        [TestMethod]
        public void DockedAfterShift_AuditChainRecordsUploadsAndConfirmationsAndVerifies()
        {
            using var station = ReferenceStation.Start("tok-sim");
            using SimulatedShift shift = SimulatedShift.Run(ShiftThenDock, new Uri(station.Url), "tok-sim", Config);

            List<AuditRecord> records = shift.AuditRecords();
            foreach (int clip in shift.ClipsOnCard())
            {
                string id = "clip=" + CardLayout.Sequence(clip);
                Assert.IsTrue(records.Any(r => r.EventName == AuditEvents.Uploaded && r.Detail.Contains(CardLayout.ClipManifest(clip))), "uploaded manifest of " + id);
                Assert.IsTrue(records.Any(r => r.EventName == AuditEvents.Confirmed && r.Detail.StartsWith(id + " ")), "confirmed " + id);
            }

            Assert.IsTrue(records.Any(r => r.EventName == AuditEvents.Confirmed && r.Detail.StartsWith("audit-segment=")), "an audit segment confirmed");
            Assert.IsTrue(records.Any(r => r.EventName == AuditEvents.ClockSet), "the station's Date set UTC");
            VerificationReport report = CardVerifier.Verify(shift.Card, new HostSha256());
            Assert.IsTrue(report.Passed, report.ToString());
        }

        [TestMethod]
        public void DockedWithAFullCard_SyncPausesOnTheCardFaultAndTheShiftGoesOn()
        {
            const string fullThenDock = @"
00:00 power.on
00:10 record.double
00:25 record.hold
00:40 card.full
01:00 dock
01:30 end
";
            using var station = ReferenceStation.Start("tok-sim");
            using SimulatedShift shift = SimulatedShift.Run(fullThenDock, new Uri(station.Url), "tok-sim", Config);

            // No room for the upload journal (nor for the audit record of it): sync pauses, the loop goes on to
            // the end of the shift, nothing is confirmed and nothing deleted.
            StringAssert.Contains(shift.Output, "sync: card fault");
            StringAssert.Contains(shift.Output, "end of shift: power.off");
            Assert.HasCount(1, shift.ClipsOnCard());
            Assert.IsFalse(shift.Outcome.Summary.Clips[0].Confirmed);
            Assert.IsTrue(shift.Outcome.Verified, shift.Output);
        }

        private static void CopyClip(SimulatedShift shift, int from, int to)
        {
            string source = Path.Combine(shift.CardDirectory, CardLayout.ClipDirectory(from));
            string target = Path.Combine(shift.CardDirectory, CardLayout.ClipDirectory(to));
            Directory.CreateDirectory(target);
            foreach (string file in Directory.GetFiles(source))
            {
                if (Path.GetFileName(file) == CardLayout.SyncedMarkerName)
                {
                    continue;
                }

                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
        }

        private static string Hex(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

        private sealed class NullAudit : IAuditSink
        {
            public void Append(long timeMs, string eventName, string detail)
            {
            }
        }
    }
}
