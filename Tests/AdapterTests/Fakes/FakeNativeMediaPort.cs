using System;
using System.Collections.Generic;
using BwcFirmware.NativeMediaEngine;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.AdapterTests.Fakes;

/// <summary>
/// The native media part as the ESP32 backend behaves: commands are applied some reads of
/// <see cref="CommandsApplied"/> later (the recorder task), a settle queues the chunk's closed event when it is
/// applied, and events wait in order until taken. Every call is logged.
/// </summary>
public sealed class FakeNativeMediaPort : INativeMediaPort
{
    private readonly Queue<Event> _events = new();
    private int _sent;
    private int _applied;
    private int _readsUntilApplied;
    private bool _settlePending;

    /// <summary>Calls in order ("begin clips/000001 1", "settle", ...).</summary>
    public List<string> Calls { get; } = new();

    /// <summary>Reads of CommandsApplied before a command counts as applied (0: at once, as on posix).</summary>
    public int ApplyLagReads { get; set; }

    /// <summary>The closed event a settle queues once it is applied, or null.</summary>
    public Event SettledChunk { get; set; }

    /// <summary>When set, every command throws as the interop does for a refused command.</summary>
    public bool Refuse { get; set; }

    /// <summary>Never applies a command (a hung recorder task).</summary>
    public bool Hung { get; set; }

    public int CommandsApplied
    {
        get
        {
            if (!Hung && _applied < _sent && _readsUntilApplied-- <= 0)
            {
                _applied = _sent;
                if (_settlePending && SettledChunk != null)
                {
                    _events.Enqueue(SettledChunk);
                    SettledChunk = null;
                }

                _settlePending = false;
            }

            return _applied;
        }
    }

    public void Queue(Event e) => _events.Enqueue(e);

    public void Begin(long nowMs, string directory, int firstSequence, bool withAudio) => Command($"begin {directory} {firstSequence}");

    public void SetMuted(long nowMs, bool muted) => Command(muted ? "mute" : "unmute");

    public void CloseChunk(long nowMs, bool endSegment) => Command(endSegment ? "close end" : "close");

    public void Settle(long nowMs) => Command("settle");

    public void Abandon(long nowMs) => Command("abandon");

    public void Poll(long nowMs) => Calls.Add("poll");

    public bool TryTakeEvent(ChunkRecord record, out int kind, out string path, out int fault)
    {
        kind = 0;
        path = null;
        fault = 0;
        if (_events.Count == 0)
        {
            return false;
        }

        Event e = _events.Dequeue();
        kind = e.Kind;
        path = e.Path;
        fault = e.Fault;
        record.Name = e.Path.Substring(e.Path.LastIndexOf('/') + 1);
        record.Bytes = e.Bytes;
        record.Frames = e.Frames;
        record.AudioBytes = e.AudioBytes;
        record.FirstFrameMs = e.FirstMs;
        record.LastFrameMs = e.LastMs;
        Array.Fill(record.Sha256, e.HashByte);
        return true;
    }

    private void Command(string call)
    {
        if (Refuse)
        {
            throw new InvalidOperationException("native media " + call + ": state");
        }

        Calls.Add(call);
        _sent++;
        _readsUntilApplied = ApplyLagReads;
        _settlePending |= call == "settle";
    }

    /// <summary>One native event.</summary>
    public sealed record Event(int Kind, string Path, long Bytes = 0, int Frames = 0, long AudioBytes = 0, long FirstMs = 0, long LastMs = 0, byte HashByte = 0, int Fault = 0);
}
