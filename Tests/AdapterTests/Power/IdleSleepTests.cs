using System;
using System.Device.Gpio;
using System.IO;
using BwcFirmware.AdapterTests.Fakes;
using BwcFirmware.Drivers.Board;
using BwcFirmware.Drivers.Esp32.Gpio;
using BwcFirmware.Drivers.Esp32.Network;
using BwcFirmware.Drivers.Esp32.Power;

namespace BwcFirmware.AdapterTests.Power;

/// <summary>
/// Naps and the power-down on a fake ESP32 whose wake sources stay armed until a restart: the deep sleep after a
/// power-off has the dock wake alone, the record button works after an ext0 nap, no nap while Wi-Fi runs.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class IdleSleepTests
{
    private const int RecordButton = 14;
    private const int Dock = 21;
    private string _marker;

    [TestInitialize]
    public void PowerOn()
    {
        FakeChip.PowerOn();
        _marker = Path.Combine(Path.GetTempPath(), "bwc-power-down-" + Guid.NewGuid().ToString("N"));
    }

    [TestCleanup]
    public void RemoveMarker()
    {
        File.Delete(_marker);
    }

    [TestMethod]
    public void PowerDownAfterANap_DeepSleepsWithTheDockWakeAlone()
    {
        Undocked();
        (IdleSleep sleep, _, _) = Build();
        Assert.IsTrue(sleep.TryNap(1000));
        CollectionAssert.Contains(FakeChip.ArmedWakes, "timer 1000 ms", "the nap armed its timer");

        Assert.ThrowsExactly<ChipRestarted>(() => sleep.PowerDown());
        FakeChip.Boot();
        Assert.ThrowsExactly<ChipAsleep>(() => IdleSleep.FinishPowerDown(_marker, Dock));

        CollectionAssert.AreEqual(new[] { "ext0 GPIO21 level 1" }, FakeChip.DeepSleptWith);
        Assert.IsFalse(File.Exists(_marker), "the next start after the dock wake boots normally");
    }

    [TestMethod]
    public void StartWithoutPendingPowerDown_GoesOn()
    {
        IdleSleep.FinishPowerDown(_marker, Dock);

        Assert.IsNull(FakeChip.DeepSleptWith);
    }

    [TestMethod]
    public void AfterAnExt0Nap_TheRecordButtonStillRaisesEdges()
    {
        Undocked();
        (IdleSleep sleep, GpioController gpio, GpioEdgeQueue edges) = Build();

        sleep.TryNap(1000);
        gpio.Opened[RecordButton].Drive(false);

        Assert.IsTrue(edges.TryTake(out GpioEdge edge), "the press after the nap reached the queue");
        Assert.AreEqual(RecordButton, edge.Pin);
        Assert.AreEqual(PinMode.InputPullUp, gpio.Opened[RecordButton].Mode);
    }

    [TestMethod]
    public void WhileThisStartRunsWifi_NoNap()
    {
        // Started in the dock: the driver runs until the next restart.
        FakeChip.StoredWifiOptions = 0x02;
        FakeChip.Boot();
        (IdleSleep sleep, _, _) = Build();

        Assert.IsFalse(sleep.TryNap(1000));
        Assert.AreEqual(0, FakeChip.LightSleeps);
    }

    private void Undocked()
    {
        FakeChip.StoredWifiOptions = 0x01;
        FakeChip.Boot();
    }

    private (IdleSleep, GpioController, GpioEdgeQueue) Build()
    {
        GpioController gpio = new GpioController();
        GpioEdgeQueue edges = new GpioEdgeQueue(16);
        EdgeInputs inputs = new EdgeInputs(gpio, edges, 4);
        inputs.Open(RecordButton, true, 0);
        inputs.Open(Dock, false, 5);
        return (new IdleSleep(RecordButton, Dock, inputs, new WifiRadio(), _marker), gpio, edges);
    }
}
