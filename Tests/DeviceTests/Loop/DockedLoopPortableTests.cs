#nullable disable
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#endif
using BwcFirmware.DeviceTests.Fakes;
using BwcFirmware.DeviceTests.Fakes.Loop;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Recording;
using BwcFirmware.Shared.Sync;
using BwcFirmware.Shared.Verification;

// Portable test (see Board/BoardPinMapPortableTests.cs for how it runs on both frameworks).
namespace BwcFirmware.DeviceTests.Loop
{
    /// <summary>
    /// The camera loop end to end on fake pins, a fake radio and an in-memory station: a clip recorded from
    /// button edges on patrol, nothing sent and the radio off until the dock, then uploaded and confirmed.
    /// </summary>
    [TestClass]
    public sealed class DockedLoopPortableTests
    {
        private const long Capacity = 64L * 1024 * 1024;
        private const string Config = "device_id = BWC-0042\npre_event_seconds = 4\nchunk_seconds = 2\n"
            + "wifi_ssid = dock-net\nwifi_password = secret\nstation_url = " + FakeTusStation.Url + "\n";

        [TestMethod]
        public void ClipRecordedOnPatrol_IsUploadedOnlyOnceDocked_AndEveryFileConfirmed()
        {
            InMemoryCard card = new InMemoryCard(Capacity);
            FakeTusStation station = new FakeTusStation(card);
            LoopRig rig = new LoopRig(card, Config, Capacity, new CountingCamera(15), station);
            rig.RunFor(5000);
            rig.Press(LoopRig.RecordPin, 100);
            rig.RunFor(150);
            rig.Press(LoopRig.RecordPin, 100);
            rig.RunFor(3000);
            Assert.AreEqual((int)RecorderState.Recording, (int)rig.Agent.Recorder.State, "the double press starts a clip");
            rig.Press(LoopRig.RecordPin, 3200);
            rig.RunFor(1000);
            Assert.AreEqual((int)RecorderState.PreEventBuffer, (int)rig.Agent.Recorder.State, "the hold stops it");
            Assert.AreEqual(0, rig.Link.Joins, "on patrol the radio stays off");
            Assert.AreEqual(0, station.RequestCount, "on patrol nothing is sent");

            rig.Edges.Set(LoopRig.DockPin, true);
            rig.RunFor(15000);

            Assert.IsTrue(rig.Link.IsConnected);
            Assert.IsTrue(rig.Station.NetworkUp);
            Assert.IsTrue(rig.Agent.Sync.Status == SyncStatus.UpToDate, "sync: " + SyncStatusNames.Of(rig.Agent.Sync.Status));
            Assert.IsTrue(card.FileExists(CardLayout.ClipSyncedMarker(1)), "clip 1 marked synced");
            Assert.IsTrue(station.UploadCount >= 4, "uploads: " + station.UploadCount.ToString());
            Assert.AreEqual(station.UploadCount, rig.Agent.Sync.FilesConfirmed);

            rig.Edges.Set(LoopRig.DockPin, false);
            rig.RunFor(3000);

            Assert.AreEqual(1, rig.Link.Leaves);
            Assert.IsFalse(rig.Link.IsConnected);
            Assert.IsTrue(CardVerifier.Verify(card, new Sha256()).Passed);
        }
    }
}
