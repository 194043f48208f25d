using System.Threading;
using BwcFirmware.AdapterTests.Fakes;
using BwcFirmware.Drivers.Esp32.Network;

namespace BwcFirmware.AdapterTests.Network;

/// <summary>
/// Wi-Fi on a fake ESP32 whose stored station configuration decides at each start whether the driver runs: no
/// credentials or auto-connect are ever stored, an undocked start leaves the radio off, and switching it restarts
/// the chip only when allowed.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class WifiLinkTests
{
    [TestMethod]
    public void ImageDefaultsWithSavedNetwork_AreClearedAndTheNextStartLeavesTheRadioOff()
    {
        // The image's default options auto-connect at boot, here to a network an earlier firmware saved.
        FakeChip.PowerOn(savedSsid: "dock");
        WifiRadio radio = new WifiRadio();
        Assert.IsTrue(radio.StartedThisBoot);

        bool restart = radio.StoreForNextStart(false);

        Assert.IsTrue(restart, "this start ran the radio: a restart switches it off");
        Assert.AreEqual(0x01, FakeChip.StoredWifiOptions, "Disable only: no Enable, no AutoConnect");
        Assert.AreEqual(string.Empty, FakeChip.StoredSsid);
        Assert.AreEqual(string.Empty, FakeChip.StoredPassword);
        FakeChip.Boot();
        Assert.IsFalse(new WifiRadio().StartedThisBoot);
        Assert.IsFalse(new WifiRadio().StoreForNextStart(false), "settled: no restart loop");
    }

    [TestMethod]
    [Timeout(20000)]
    public void JoinInTheDock_StoresNoCredentials()
    {
        DockedStart();
        WifiLink link = new WifiLink(new WifiRadio());

        link.BeginConnect("dock", "secret", 5000);
        WaitWhileJoining(link);

        Assert.IsTrue(link.IsConnected);
        Assert.AreEqual(string.Empty, FakeChip.StoredSsid);
        Assert.AreEqual(string.Empty, FakeChip.StoredPassword);
        Assert.AreEqual(0x02, FakeChip.StoredWifiOptions, "Enable without AutoConnect");
    }

    [TestMethod]
    [Timeout(20000)]
    public void LeavingTheDock_StoresTheRadioOffAndRestartsWhenAllowed()
    {
        DockedStart();
        WifiLink link = new WifiLink(new WifiRadio()) { RestartAllowed = () => true };
        link.BeginConnect("dock", "secret", 5000);
        WaitWhileJoining(link);

        Assert.ThrowsExactly<ChipRestarted>(() => link.Disconnect());
        FakeChip.Boot();

        Assert.IsFalse(FakeChip.WifiStarted, "the radio stays off after the restart and after any later one");
    }

    [TestMethod]
    [Timeout(20000)]
    public void LeavingTheDockWithAClipOpen_DoesNotRestart()
    {
        DockedStart();
        WifiLink link = new WifiLink(new WifiRadio()) { RestartAllowed = () => false };
        link.BeginConnect("dock", "secret", 5000);
        WaitWhileJoining(link);

        link.Disconnect();

        Assert.AreEqual(0, FakeChip.Restarts);
        Assert.IsFalse(link.IsConnected);
        Assert.AreEqual(0x01, FakeChip.StoredWifiOptions, "off from the next start on");
    }

    [TestMethod]
    public void DockedAfterAnUndockedStart_RestartsWithTheRadioWhenAllowed()
    {
        FakeChip.PowerOn();
        FakeChip.StoredWifiOptions = 0x01;
        FakeChip.Boot();
        bool clipOpen = true;
        WifiLink link = new WifiLink(new WifiRadio()) { RestartAllowed = () => !clipOpen };

        link.BeginConnect("dock", "secret", 5000);
        Assert.AreEqual(0, FakeChip.Restarts, "not while a clip is open");

        clipOpen = false;
        Assert.ThrowsExactly<ChipRestarted>(() => link.BeginConnect("dock", "secret", 5000));
        FakeChip.Boot();
        Assert.IsTrue(FakeChip.WifiStarted);
    }

    private static void DockedStart()
    {
        FakeChip.PowerOn();
        FakeChip.StoredWifiOptions = 0x02;
        FakeChip.Boot();
    }

    private static void WaitWhileJoining(WifiLink link)
    {
        while (link.IsJoining)
        {
            Thread.Sleep(5);
        }
    }
}
