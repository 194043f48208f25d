#nullable disable
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#endif
using System;
using BwcFirmware.DeviceTests.Fakes;
using BwcFirmware.DeviceTests.Fakes.Loop;
using BwcFirmware.Drivers.Indicators;
using BwcFirmware.Shared.Recording;

// Portable test (see Board/BoardPinMapPortableTests.cs for how it runs on both frameworks).
namespace BwcFirmware.DeviceTests.Loop
{
    /// <summary>The camera loop's policies, each on the rig's fakes of the board: edges, link, sleep, watchdog, slot.</summary>
    [TestClass]
    public sealed class CameraLoopPortableTests
    {
        private const long Capacity = 1L << 30;
        private const string DockConfig = "wifi_ssid = dock-net\nwifi_password = secret\nstation_url = https://station.local:8443/files/\nstation_token = t0k3n\n";

        [TestMethod]
        public void PressPostedAsTwoActiveLowEdges_ReachesTheRecorderAsOnePress()
        {
            LoopRig rig = new LoopRig(new InMemoryCard(Capacity), null, Capacity);
            rig.Sleep.NapAllowed = false;
            rig.RunFor(100);

            rig.Press(LoopRig.RecordPin, 120);
            rig.RunFor(1000);

            Assert.AreEqual(1, rig.Handled(InputKind.RecordPress));
            Assert.AreEqual(0, rig.Handled(InputKind.RecordHold));
        }

        [TestMethod]
        public void HighLevelOnAnActiveLowButton_IsNoPress()
        {
            LoopRig rig = new LoopRig(new InMemoryCard(Capacity), null, Capacity);
            rig.Sleep.NapAllowed = false;
            rig.RunFor(100);

            // The wrong polarity: a release then a press would be the two edges' meaning if read active-high.
            rig.Edges.Set(LoopRig.RecordPin, true);
            rig.RunFor(120);
            rig.RunFor(1000);

            Assert.AreEqual(0, rig.Handled(InputKind.RecordPress));
        }

        [TestMethod]
        public void CriticalBatteryOffTheDock_PowersOffInOrderAndSleepsUntilDocked()
        {
            LoopRig rig = new LoopRig(new InMemoryCard(Capacity), null, Capacity);
            rig.RunFor(3000);
            Assert.IsFalse(rig.Loop.IsPoweredOff);

            rig.Battery.Millivolts = 3320;
            rig.RunFor(20000);

            Assert.IsTrue(rig.Loop.IsPoweredOff);
            Assert.IsTrue(rig.Agent.IsPoweredOff);
            Assert.IsFalse(rig.Sleep.PoweredDown, "the power-down follows the loop's end, not a pass");
            rig.Loop.Run();
            Assert.IsTrue(rig.Mount.Unmounted);
            Assert.IsTrue(rig.Sleep.PoweredDown);
            Assert.AreEqual((int)LedPattern.Off, (int)rig.Indicators.Led);
        }

        [TestMethod]
        public void CriticalBatteryOnTheDock_KeepsTheCameraUp()
        {
            LoopRig rig = new LoopRig(new InMemoryCard(Capacity), null, Capacity);
            rig.Edges.Set(LoopRig.DockPin, true);
            rig.RunFor(3000);
            Assert.IsTrue(rig.Agent.Recorder.IsDocked);

            rig.Battery.Millivolts = 3320;
            rig.RunFor(20000);

            Assert.IsTrue(rig.Agent.Recorder.IsBatteryCritical);
            Assert.IsFalse(rig.Loop.IsPoweredOff);
        }

        [TestMethod]
        public void BootOnTheDockWithACriticalBattery_StaysUp()
        {
            LoopRig rig = new LoopRig(new InMemoryCard(Capacity), null, Capacity);
            rig.Battery.Millivolts = 3320;
            rig.Edges.Set(LoopRig.DockPin, true);

            rig.RunFor(10000);

            Assert.IsTrue(rig.Agent.Recorder.IsBatteryCritical);
            Assert.IsFalse(rig.Loop.IsPoweredOff, "woken by the dock, it must not power off before the dock is known");
        }

        [TestMethod]
        public void WifiJoinsOnlyWhileDocked_AndLeavesWhenUndocked()
        {
            LoopRig rig = new LoopRig(new InMemoryCard(Capacity), DockConfig, Capacity);
            rig.RunFor(5000);
            Assert.AreEqual(0, rig.Link.Joins, "undocked: the radio stays off");

            rig.Edges.Set(LoopRig.DockPin, true);
            rig.RunFor(3000);
            Assert.AreEqual(1, rig.Link.Joins);
            Assert.AreEqual("dock-net", rig.Link.Ssid);
            Assert.IsTrue(rig.Link.IsConnected);
            Assert.IsTrue(rig.Station.NetworkUp, "the transport is told the link is up");

            rig.Edges.Set(LoopRig.DockPin, false);
            rig.RunFor(3000);
            Assert.AreEqual(1, rig.Link.Leaves);
            Assert.IsFalse(rig.Link.IsConnected);
            Assert.IsFalse(rig.Station.NetworkUp);
        }

        [TestMethod]
        public void UtcIsHandedOverOnce_WhenTheTimeServerGivesAPlausibleYear()
        {
            LoopRig rig = new LoopRig(new InMemoryCard(Capacity), DockConfig, Capacity);
            rig.Edges.Set(LoopRig.DockPin, true);
            rig.RunFor(3000);
            Assert.AreEqual("station.local", rig.Link.TimeServer, "SNTP asks the station's host");
            Assert.IsFalse(rig.Agent.Clock.IsSet, "1970 is no time to hand over");

            rig.Link.UtcNow = new DateTime(2026, 12, 3, 20, 0, 0);
            rig.RunFor(100);
            Assert.IsTrue(rig.Agent.Clock.IsSet);
            DateTime first;
            Assert.IsTrue(rig.Agent.Clock.TryGetUtc(rig.Clock.NowMs, out first));

            rig.Link.UtcNow = new DateTime(2030, 1, 1, 0, 0, 0);
            rig.RunFor(100);
            DateTime later;
            Assert.IsTrue(rig.Agent.Clock.TryGetUtc(rig.Clock.NowMs, out later));
            Assert.IsTrue(later.Year == 2026, "taken once: a later answer does not move the clock");
        }

        [TestMethod]
        public void NapsOnlyWhileIdleAndUndocked_AndLevelsArePostedAfterEachNap()
        {
            LoopRig rig = new LoopRig(new InMemoryCard(Capacity), "pre_event_seconds = 0\nholster_auto_start = true\n", Capacity);
            rig.RunFor(5000);
            Assert.AreEqual((int)RecorderState.Idle, (int)rig.Agent.Recorder.State);
            Assert.IsTrue(rig.Sleep.Naps >= 4);
            Assert.AreEqual(1 + rig.Sleep.Naps, rig.Edges.LevelPosts, "once at boot, then after every nap");

            rig.Edges.Set(LoopRig.DockPin, true);
            rig.RunFor(3000);
            int napsDocked = rig.Sleep.Naps;
            rig.RunFor(5000);
            Assert.AreEqual(napsDocked, rig.Sleep.Naps, "no nap in the dock");

            rig.Edges.Set(LoopRig.DockPin, false);
            rig.RunFor(3000);
            rig.Edges.Set(LoopRig.HolsterPin, true);
            rig.RunFor(1500);
            Assert.AreEqual((int)RecorderState.Recording, (int)rig.Agent.Recorder.State, "the draw starts a clip");
            int napsRecording = rig.Sleep.Naps;
            rig.RunFor(5000);
            Assert.AreEqual(napsRecording, rig.Sleep.Naps, "no nap while recording");
        }

        [TestMethod]
        public void BufferingPreEventVideo_NeverNaps()
        {
            LoopRig rig = new LoopRig(new InMemoryCard(Capacity), null, Capacity);

            rig.RunFor(3000);
            Assert.AreEqual((int)RecorderState.PreEventBuffer, (int)rig.Agent.Recorder.State, "a slot without card detect: the mounted card is in");
            int naps = rig.Sleep.Naps;

            rig.RunFor(5000);

            Assert.AreEqual(naps, rig.Sleep.Naps);
        }

        [TestMethod]
        public void WatchdogIsKickedEveryPass()
        {
            LoopRig rig = new LoopRig(new InMemoryCard(Capacity), null, Capacity);
            rig.Sleep.NapAllowed = false;

            int passes = rig.RunFor(2000);

            Assert.IsTrue(rig.Watchdog.Started);
            Assert.AreEqual(passes, rig.Watchdog.Kicks);
        }

        [TestMethod]
        public void NoCard_WaitsKickingTheWatchdogAndSaysSoOnce_ThenBootsOnTheCard()
        {
            LoopRig rig = new LoopRig(new InMemoryCard(Capacity), null, Capacity);
            rig.Mount.CardIn = false;

            rig.RunFor(10000);
            Assert.IsNull(rig.Agent);
            Assert.AreEqual(5, rig.Mount.MountTries, "one try every 2 s");
            Assert.AreEqual(5, rig.Watchdog.Kicks);
            Assert.AreEqual("problem: no card; waiting for one\n", rig.Log.Text);

            rig.Mount.CardIn = true;
            rig.RunFor(100);
            Assert.IsNotNull(rig.Agent);
            Assert.AreEqual(Capacity, rig.Agent.Space.CapacityBytes);
        }

        [TestMethod]
        public void StationCredentials_TokenHandedOverAndAnHttpsStationWithoutCaNamed()
        {
            LoopRig rig = new LoopRig(new InMemoryCard(Capacity), DockConfig, Capacity);

            rig.RunFor(100);

            Assert.AreEqual("t0k3n", rig.Station.Token);
            Assert.IsTrue(rig.Log.Text.IndexOf("problem: no station-ca.pem on the card; the https station will be refused") >= 0, rig.Log.Text);
        }

        [TestMethod]
        public void StationWithItsCaOnTheCard_IsNoProblem()
        {
            LoopRig rig = new LoopRig(new InMemoryCard(Capacity), DockConfig, Capacity);
            rig.Station.CaOnCard = true;

            rig.RunFor(100);

            Assert.IsFalse(rig.Log.Text.IndexOf("problem") >= 0, rig.Log.Text);
        }
    }
}
