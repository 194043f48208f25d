using System.Text;
using System.Text.Json;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Tests.Sync;

namespace BwcFirmware.Tests.Simulator
{
    /// <summary>
    /// The privacy stop end to end: function held, record held 3 s with it; the clip closes with cause
    /// privacy-request in its manifest, the audit chain and the station's copy, apart from an ordinary stop,
    /// and the chord toggles no mute on its way.
    /// </summary>
    [TestClass]
    public sealed class PrivacyStopShiftTests
    {
        private const string Shift = @"
00:00 power.on
00:20 record.double      # inside a residence
00:30 privacy.stop       # the resident asks not to be recorded (closes at about 00:33.5)
00:45 record.double      # incident 2
00:50 function.hold      # privacy mute (on at 00:52)
01:00 privacy.stop       # stops from the muted state too
01:15 record.double      # incident 3
01:20 record.hold        # an ordinary stop (at 01:23)
01:30 dock
02:30 end
";

        [TestMethod]
        public void PrivacyStop_ClosesWithItsOwnCause_InManifestAuditAndAtTheStation()
        {
            using var station = ReferenceStation.Start("tok-sim");
            using SimulatedShift shift = SimulatedShift.Run(Shift, new Uri(station.Url), "tok-sim", "device_id = BWC-TEST-08\npre_event_seconds = 5\n");

            Assert.IsTrue(shift.Outcome.Verified, shift.Output);
            CollectionAssert.AreEqual(new[] { 1, 2, 3 }, shift.ClipsOnCard());
            CollectionAssert.AreEqual(
                new[] { "privacy-request", "privacy-request", "record.hold" },
                new[] { 1, 2, 3 }.Select(c => shift.Manifest(c).Stop!.Cause).ToArray());
            long stopMs = shift.Manifest(1).Stop!.MonoMs;
            Assert.IsTrue(stopMs >= 33_250 && stopMs <= 34_300, $"the stop falls when record has been held 3 s, got {stopMs}");

            List<AuditRecord> records = shift.AuditRecords();
            string[] stops = records.Where(r => r.EventName == AuditEvents.Clip && r.Detail.StartsWith("stop ", StringComparison.Ordinal))
                .Select(r => r.DetailValue("cause")).ToArray();
            CollectionAssert.AreEqual(new[] { "privacy-request", "privacy-request", "record.hold" }, stops);
            string[] transitions = records.Where(r => r.EventName == AuditEvents.State).Select(r => r.Detail).ToArray();
            CollectionAssert.Contains(transitions, "Recording->PreEventBuffer cause=privacy-request");
            CollectionAssert.Contains(transitions, "PrivacyMuted->PreEventBuffer cause=privacy-request");
            CollectionAssert.AreEqual(
                new[] { "on cause=function.hold", "off cause=privacy-request" },
                records.Where(r => r.EventName == AuditEvents.Mute).Select(r => r.Detail).ToArray(),
                "the chord's long function press toggles no mute");
            Assert.AreEqual(0, records.Count(r => r.EventName == AuditEvents.Marker), "the chord's record press is no marker");
            Assert.AreEqual("privacy-request", shift.Outcome.Summary.Clips.Single(c => c.Id == "000001").CloseCause);

            string stationManifest = StoredFile(station, "clips/000001/manifest.txt");
            StringAssert.Contains(stationManifest, "cause=privacy-request\n");
        }

        private static string StoredFile(ReferenceStation station, string cardPath)
        {
            foreach (string json in Directory.GetFiles(station.UploadsFolder, "*.json"))
            {
                JsonElement metadata = JsonDocument.Parse(File.ReadAllText(json)).RootElement.GetProperty("metadata");
                if (metadata.GetProperty("filename").GetString() == cardPath)
                {
                    return Encoding.UTF8.GetString(File.ReadAllBytes(json[..^".json".Length]));
                }
            }

            Assert.Fail("the station holds no " + cardPath);
            return string.Empty;
        }
    }
}
