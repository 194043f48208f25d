using System;
using System.Collections.Generic;
using BwcFirmware.AdapterTests.Fakes;
using BwcFirmware.NativeMediaEngine;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.AdapterTests.Media;

/// <summary>
/// The device engine over the native media part (NativeFramePath): the native event queue becomes the store's
/// events in order, a settle reports its chunk before it returns even when the ESP32's recorder task applies it
/// later, and trouble below (a card fault, a refused command, a settle that never comes) is one Faulted event,
/// never an exception, after which nothing is reported until the next Begin.
/// </summary>
[TestClass]
public sealed class NativeFramePathTests
{
    private const int Opened = NativeEventKind.Opened;
    private const int Closed = NativeEventKind.Closed;
    private const int Faulted = NativeEventKind.Faulted;

    [TestMethod]
    public void Pump_ReportsOpenedAndClosedChunksInOrderWithTheirRecords()
    {
        var port = new FakeNativeMediaPort();
        var events = new RecordingEvents();
        var path = Attached(port, events);
        port.Queue(new(Opened, "clips/000001/000001.avi", FirstMs: 1066));
        port.Queue(new(Closed, "clips/000001/000001.avi", 95348, 30, 64000, 1066, 3000, 0xAB));
        port.Queue(new(Opened, "clips/000001/000002.avi", FirstMs: 3066));

        path.Pump(3100);

        CollectionAssert.AreEqual(
            new[] { "opened 000001.avi 1066", "closed clips/000001/000001.avi 000001.avi 95348 30 64000 1066 3000 ab", "opened 000002.avi 3066" },
            events.Lines);
        CollectionAssert.AreEqual(new[] { "poll" }, port.Calls);
    }

    [TestMethod]
    public void Settle_WaitsForTheRecorderTaskAndReportsTheChunkBeforeReturning()
    {
        var port = new FakeNativeMediaPort { ApplyLagReads = 3 };
        var events = new RecordingEvents();
        var path = Attached(port, events);
        port.SettledChunk = new(Closed, "ring/000004.avi", 1000, 10, 3200, 0, 600, 0x01);

        path.CloseChunk(700, true);
        path.Settle(700);

        CollectionAssert.AreEqual(new[] { "close end", "settle" }, port.Calls);
        CollectionAssert.AreEqual(new[] { "closed ring/000004.avi 000004.avi 1000 10 3200 0 600 01" }, events.Lines);
    }

    [TestMethod]
    public void Settle_ThatNeverComes_IsOneWriteFaultAndTheNativeSideIsToldToGiveUp()
    {
        var port = new FakeNativeMediaPort { Hung = true };
        var events = new RecordingEvents();
        var path = Attached(port, events, settleTimeoutMs: 30);

        path.Settle(900);
        path.Settle(950);

        CollectionAssert.AreEqual(new[] { "faulted 900 WriteError " }, events.Lines);
        CollectionAssert.AreEqual(new[] { "settle", "abandon" }, port.Calls, "the second settle is not sent: the path is faulted");
    }

    [TestMethod]
    public void CardFault_IsReportedOnce_ThenNothingUntilBegin()
    {
        var port = new FakeNativeMediaPort();
        var events = new RecordingEvents();
        var path = Attached(port, events);
        port.Queue(new(Faulted, "clips/000002/000003.avi", Fault: -6));
        port.Queue(new(Opened, "clips/000002/000004.avi", FirstMs: 5000));

        path.Pump(5000);
        path.SetMuted(5100, true);
        path.Begin(6000, "clips/000003", 1, true);
        port.Queue(new(Opened, "clips/000003/000001.avi", FirstMs: 6066));
        path.Pump(6100);

        CollectionAssert.AreEqual(new[] { "faulted 5000 Full clips/000002/000003.avi", "opened 000001.avi 6066" }, events.Lines);
        CollectionAssert.AreEqual(new[] { "poll", "begin clips/000003 1", "poll" }, port.Calls, "no mute is sent while faulted");
    }

    [TestMethod]
    public void RefusedCommand_IsOneWriteFault_NotAnException()
    {
        var port = new FakeNativeMediaPort { Refuse = true };
        var events = new RecordingEvents();
        var path = Attached(port, events);

        path.Begin(100, "ring", 1, false);
        path.CloseChunk(200, false);

        CollectionAssert.AreEqual(new[] { "faulted 100 WriteError ring" }, events.Lines);
    }

    [TestMethod]
    public void Abandon_RaisesNothingAndSilencesLaterEventsUntilBegin()
    {
        var port = new FakeNativeMediaPort();
        var events = new RecordingEvents();
        var path = Attached(port, events);

        path.Abandon(300);
        port.Queue(new(Closed, "ring/000001.avi", 10, 1, 0, 0, 0, 0x02));
        path.Pump(400);

        Assert.AreEqual(0, events.Lines.Count);
        CollectionAssert.AreEqual(new[] { "abandon", "poll" }, port.Calls);
    }

    [TestMethod]
    public void HandlerCallingACommand_KeepsTheOrderOfEvents()
    {
        var port = new FakeNativeMediaPort();
        var events = new RecordingEvents();
        var path = Attached(port, events);
        events.OnOpened = () => path.CloseChunk(3100, true);
        port.Queue(new(Opened, "clips/000001/000002.avi", FirstMs: 3066));
        port.Queue(new(Closed, "clips/000001/000001.avi", 9, 1, 0, 1066, 3000, 0x03));

        path.Pump(3100);

        CollectionAssert.AreEqual(new[] { "opened 000002.avi 3066", "closed clips/000001/000001.avi 000001.avi 9 1 0 1066 3000 03" }, events.Lines);
        CollectionAssert.AreEqual(new[] { "poll", "close end" }, port.Calls);
    }

    [TestMethod]
    public void NativeResults_MapToTheStoresFaults()
    {
        Assert.AreEqual(CardFault.Full, NativeFramePath.FaultOf(-6));
        Assert.AreEqual(CardFault.Removed, NativeFramePath.FaultOf(-7));
        Assert.AreEqual(CardFault.WriteError, NativeFramePath.FaultOf(-5));
        Assert.AreEqual(CardFault.WriteError, NativeFramePath.FaultOf(-9), "a read-back shorter than written");
    }

    private static NativeFramePath Attached(FakeNativeMediaPort port, RecordingEvents events, int settleTimeoutMs = 2000)
    {
        var path = new NativeFramePath(port, 1 << 20, settleTimeoutMs);
        path.Attach(events);
        return path;
    }

    private sealed class RecordingEvents : IFramePathEvents
    {
        public List<string> Lines { get; } = new();

        public Action OnOpened { get; set; }

        public void ChunkOpened(string name, long firstFrameMs)
        {
            Lines.Add($"opened {name} {firstFrameMs}");
            OnOpened?.Invoke();
        }

        public void ChunkClosed(string path, ChunkRecord record) =>
            Lines.Add($"closed {path} {record.Name} {record.Bytes} {record.Frames} {record.AudioBytes} {record.FirstFrameMs} {record.LastFrameMs} {record.Sha256[0]:x2}");

        public void Faulted(long nowMs, CardFault fault, string path) => Lines.Add($"faulted {nowMs} {fault} {path}");
    }
}
