using System.Text.Json;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Tests.Sync;

namespace BwcFirmware.Tests.Simulator
{
    /// <summary>
    /// A clip the officer flags sensitive with a function double press, end to end: the manifest, the audit
    /// chain, the summary, the tus metadata of every file of it and the reference station's restricted list.
    /// </summary>
    [TestClass]
    public sealed class SensitiveClipShiftTests
    {
        private const string Shift = @"
00:00 power.on
00:20 record.double      # incident 1: a victim speaks
00:25 function.double    # flag the clip sensitive
00:35 record.hold        # stop (at 00:38)
00:50 record.double      # incident 2
00:55 function.double    # flagged by mistake...
01:00 function.double    # ...and unflagged
01:05 record.hold        # stop (at 01:08)
01:20 dock
02:20 end
";

        private const string Config = "device_id = BWC-TEST-07\npre_event_seconds = 5\n";

        [TestMethod]
        public void AFlaggedClip_CarriesTheFlagInManifestAuditSummaryAndAtTheStation()
        {
            using var station = ReferenceStation.Start("tok-sim");
            using SimulatedShift shift = SimulatedShift.Run(Shift, new Uri(station.Url), "tok-sim", Config);

            Assert.IsTrue(shift.Outcome.Verified, shift.Output);
            Assert.AreEqual(1, shift.Outcome.Evidence.SensitiveClips, "verify reads the flag lines");
            CollectionAssert.AreEqual(new[] { 1, 2 }, shift.ClipsOnCard());
            ClipManifest flagged = shift.Manifest(1);
            ClipManifest unflagged = shift.Manifest(2);
            Assert.IsTrue(flagged.IsSensitive);
            Assert.AreEqual(1, flagged.SensitiveSwitches);
            Assert.IsFalse(unflagged.IsSensitive);
            Assert.AreEqual(2, unflagged.SensitiveSwitches, "the unflag is a line too, never silent");

            string[] switches = shift.AuditRecords().Where(r => r.EventName == AuditEvents.Sensitive).Select(r => r.Detail).ToArray();
            CollectionAssert.AreEqual(
                new[] { "on cause=function.double", "on cause=function.double", "off cause=function.double" },
                switches);
            Assert.IsTrue(shift.Outcome.Summary.Clips.Single(c => c.Id == "000001").Sensitive);
            Assert.IsFalse(shift.Outcome.Summary.Clips.Single(c => c.Id == "000002").Sensitive);
            StringAssert.Contains(shift.Output, "clip flagged sensitive");

            // Every file of clip 1 went up with sensitive=on, every file of clip 2 with sensitive=off.
            var metadata = Directory.GetFiles(station.UploadsFolder, "*.json")
                .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("metadata"))
                .Where(m => m.TryGetProperty("clip", out JsonElement clip) && clip.ValueKind == JsonValueKind.String && clip.GetString()!.Length > 0)
                .ToList();
            Assert.IsNotEmpty(metadata);
            foreach (JsonElement m in metadata)
            {
                string expected = m.GetProperty("clip").GetString() == "000001" ? "on" : "off";
                Assert.AreEqual(expected, m.GetProperty("sensitive").GetString(), m.GetProperty("filename").GetString());
            }

            string[] restricted = File.ReadAllLines(Path.Combine(station.Storage, "sensitive", "BWC-TEST-07.txt"));
            int clip1Files = metadata.Count(m => m.GetProperty("clip").GetString() == "000001");
            Assert.HasCount(clip1Files, restricted);
            Assert.IsTrue(restricted.All(l => l.StartsWith("clip=000001 file=clips/000001/", StringComparison.Ordinal)), string.Join("\n", restricted));
        }
    }
}
