using System.Text.Json;
using BwcFirmware.Drivers.Host.Flash;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Simulator.Commands;
using BwcFirmware.Tests.Sync;

namespace BwcFirmware.Tests.Simulator
{
    /// <summary>
    /// The station keeps the chain head the camera hands over at the dock, per device, and verifies its own copy
    /// against it: the newest audit segment taken out of the station's storage no longer goes unseen.
    /// </summary>
    [TestClass]
    public sealed class StationChainHeadTests
    {
        private const string ShiftThenDock = @"
00:00 power.on
00:20 record.double
00:30 record.hold
00:45 dock
01:45 end
";

        [TestMethod]
        public void TheDockHandsTheHeadToTheStation_WhichVerifiesItsCopyAgainstIt()
        {
            using var station = ReferenceStation.Start("tok-sim");
            using SimulatedShift shift = SimulatedShift.Run(ShiftThenDock, new Uri(station.Url), "tok-sim", "device_id = BWC-TEST-09\npre_event_seconds = 5\n");
            Assert.IsTrue(shift.Outcome.Verified, shift.Output);

            string kept = Path.Combine(station.Storage, "heads", "BWC-TEST-09.txt");
            ChainHead head = ChainHead.Parse(File.ReadAllText(kept))!;
            Assert.IsNotNull(head);
            AuditRecord closed = shift.AuditRecords().Single(r => r.Sequence == head.Sequence);
            Assert.AreEqual(AuditEvents.SegmentClosed, closed.EventName, "the head at the dock is the closed segment's last record");
            Assert.IsLessThanOrEqualTo(FolderChainHeadStore.LoadFrom(Path.Combine(shift.Root, "flash"))!.Sequence, head.Sequence, "the flash is never behind the station");

            var output = new StringWriter();
            Assert.AreEqual(ExitCodes.Ok, VerifyCommand.Run(station.Storage, null, null, output, output), output.ToString());
            StringAssert.Contains(output.ToString(), "the chain reaches the head kept in the station");

            // The upload holding the head's segment goes missing from the station's storage.
            string newestAudit = Directory.GetFiles(station.UploadsFolder, "*.json")
                .Select(f => (Json: f, Metadata: JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("metadata")))
                .Where(u => u.Metadata.GetProperty("kind").GetString() == "audit")
                .OrderBy(u => u.Metadata.GetProperty("sequence").GetString())
                .Last().Json;
            File.Delete(newestAudit[..^".json".Length]);
            File.Delete(newestAudit);

            output = new StringWriter();
            Assert.AreEqual(ExitCodes.ShiftFailed, VerifyCommand.Run(station.Storage, null, null, output, output), output.ToString());
            StringAssert.Contains(output.ToString(), "but the head kept in the station");
        }
    }
}
