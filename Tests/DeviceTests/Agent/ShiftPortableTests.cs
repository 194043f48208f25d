#nullable disable
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#endif
using BwcFirmware.DeviceTests.Fakes;
using BwcFirmware.Drivers.Board;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Shared.Recording;
using BwcFirmware.Shared.Sync;
using BwcFirmware.Shared.Verification;

// Portable test (see Board/BoardPinMapPortableTests.cs for how it runs on both frameworks).
namespace BwcFirmware.DeviceTests.Agent
{
    /// <summary>
    /// A whole shift through the agent on an in-memory card, from raw button edges to the verified card: buffer,
    /// double press, marker, privacy mute and back, hold stop, orderly power-off.
    /// </summary>
    [TestClass]
    public sealed class ShiftPortableTests
    {
        [TestMethod]
        public void Shift_BufferDoublePressMarkerMuteHoldStopPowerOff_LeavesACardThatVerifies()
        {
            ShiftRig rig = new ShiftRig(ShiftRig.ShortShiftCard(string.Empty), null);

            rig.RunTo(6000);
            Assert.AreEqual((int)RecorderState.PreEventBuffer, (int)rig.Agent.Recorder.State, "buffering after boot");
            rig.Press(BoardInput.RecordButton, 6000, 100);
            rig.Press(BoardInput.RecordButton, 6250, 100);
            rig.RunTo(7000);
            Assert.AreEqual((int)RecorderState.Recording, (int)rig.Agent.Recorder.State, "recording after the double press");
            rig.Press(BoardInput.RecordButton, 8000, 100);
            rig.Press(BoardInput.FunctionButton, 9000, 2300);
            Assert.AreEqual((int)RecorderState.PrivacyMuted, (int)rig.Agent.Recorder.State, "muted after the function hold");
            rig.Press(BoardInput.FunctionButton, 13000, 2300);
            Assert.AreEqual((int)RecorderState.Recording, (int)rig.Agent.Recorder.State, "unmuted after the second hold");
            rig.Press(BoardInput.RecordButton, 16000, 3200);
            rig.RunTo(20000);
            Assert.AreEqual((int)RecorderState.PreEventBuffer, (int)rig.Agent.Recorder.State, "buffering again after the hold stop");
            rig.PowerOff(21000);

            Assert.IsTrue(rig.Agent.IsPoweredOff);
            Assert.IsTrue(rig.Handled(InputKind.RecordDoublePress));
            Assert.IsTrue(rig.Handled(InputKind.RecordPress));
            Assert.IsTrue(rig.Handled(InputKind.FunctionHold));
            Assert.IsTrue(rig.Handled(InputKind.RecordHold));
            VerificationReport report = CardVerifier.Verify(rig.Card, new Sha256());
            Assert.IsTrue(report.Passed, report.Summary());
            Assert.AreEqual(1, report.ManifestsChecked);
            Assert.IsTrue(report.ChunksChecked >= 6, "chunks checked: " + report.ChunksChecked.ToString());
        }

        [TestMethod]
        public void Shift_ClipManifest_KeepsThePreEventVideoAndEveryEventInOrder()
        {
            ShiftRig rig = RunShortIncident();

            ClipManifest manifest = ClipManifest.Load(rig.Card, CardLayout.ClipManifest(1));

            Assert.IsTrue(manifest.IsClosed);
            Assert.AreEqual("record.double", manifest.Start.Cause);
            Assert.AreEqual("record.hold", manifest.Stop.Cause);
            Assert.AreEqual("BWC-0042", manifest.Start.Get(ManifestKeys.Device));
            long firstFrameMs = manifest.ChunkAt(0).GetNumber(ManifestKeys.First, -1);
            Assert.IsTrue(firstFrameMs >= 0 && manifest.Start.MonoMs - firstFrameMs >= 3000, "pre-event video kept: first frame " + firstFrameMs.ToString() + " ms, start " + manifest.Start.MonoMs.ToString() + " ms");
            Assert.AreEqual("1", manifest.ChunkAt(0).Get(ManifestKeys.Pre));
            Assert.AreEqual("marker,mute=on,mute=off", EventWords(manifest));
            Assert.AreEqual(0L, manifest.TornBytes);
        }

        [TestMethod]
        public void Shift_AuditLog_ChainsFromPowerOnToPowerOff()
        {
            ShiftRig rig = RunShortIncident();

            VerificationReport report = new VerificationReport();
            new AuditChainVerifier(rig.Card, new Sha256(), report).Verify();

            Assert.IsTrue(report.Passed, report.Summary());
            Assert.AreEqual(rig.Agent.Audit.LastSequence, report.RecordsChecked);
            Assert.AreEqual(rig.Agent.Audit.HeadHash, report.HeadHash);
            Assert.IsTrue(report.RecordsChecked >= 8, "records: " + report.RecordsChecked.ToString());
        }

        [TestMethod]
        public void Shift_ThenDock_UploadsTheClip_AndTheStationConfirmsEveryFile()
        {
            InMemoryCard card = ShiftRig.ShortShiftCard("station_url = " + FakeTusStation.Url + "\n");
            FakeTusStation station = new FakeTusStation(card);
            ShiftRig rig = new ShiftRig(card, station);
            rig.Press(BoardInput.RecordButton, 6000, 100);
            rig.Press(BoardInput.RecordButton, 6250, 100);
            rig.Press(BoardInput.RecordButton, 10000, 3200);
            rig.Dock(15000, true);
            rig.RunTo(30000);

            Assert.IsTrue(rig.Agent.Sync.Status == SyncStatus.UpToDate, "sync: " + SyncStatusNames.Of(rig.Agent.Sync.Status));
            Assert.IsTrue(card.FileExists(CardLayout.ClipSyncedMarker(1)), "clip 1 marked synced");
            Assert.IsTrue(station.UploadCount >= 4, "uploads: " + station.UploadCount.ToString());
            Assert.AreEqual(station.UploadCount, rig.Agent.Sync.FilesConfirmed);
            Assert.AreEqual(0, rig.Agent.Sync.FilesNotConfirmed);
            for (int i = 0; i < station.UploadCount; i++)
            {
                Assert.AreEqual(TestBytes.Sha256Hex(card.Bytes(station.FileName(i)), (int)card.GetLength(station.FileName(i))), station.HeldSha256(i), station.FileName(i));
            }

            rig.PowerOff(31000);
            VerificationReport report = CardVerifier.Verify(card, new Sha256());
            Assert.IsTrue(report.Passed, report.Summary());
        }

        /// <summary>Boot, buffer, double press, marker, mute on and off, hold stop, power-off.</summary>
        private static ShiftRig RunShortIncident()
        {
            ShiftRig rig = new ShiftRig(ShiftRig.ShortShiftCard(string.Empty), null);
            rig.Press(BoardInput.RecordButton, 6000, 100);
            rig.Press(BoardInput.RecordButton, 6250, 100);
            rig.Press(BoardInput.RecordButton, 8000, 100);
            rig.Press(BoardInput.FunctionButton, 9000, 2300);
            rig.Press(BoardInput.FunctionButton, 13000, 2300);
            rig.Press(BoardInput.RecordButton, 16000, 3200);
            rig.PowerOff(21000);
            return rig;
        }

        /// <summary>The manifest's markers and mutes in order, comma-separated (a mute with its state).</summary>
        private static string EventWords(ClipManifest manifest)
        {
            string words = string.Empty;
            for (int i = 0; i < manifest.EntryCount; i++)
            {
                ManifestEntry entry = manifest.EntryAt(i);
                if (entry.Kind == ManifestEntryKind.Marker)
                {
                    words += (words.Length == 0 ? string.Empty : ",") + ManifestFormat.WordOf(entry.Kind);
                }
                else if (entry.Kind == ManifestEntryKind.Mute)
                {
                    words += (words.Length == 0 ? string.Empty : ",") + ManifestFormat.WordOf(entry.Kind) + "=" + entry.Get(ManifestKeys.State);
                }
            }

            return words;
        }
    }
}
