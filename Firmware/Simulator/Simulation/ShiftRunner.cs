using System;
using System.IO;
using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Drivers.Host.Hashing;
using BwcFirmware.Drivers.Host.Simulated;
using BwcFirmware.Shared.Recording;
using BwcFirmware.Simulator.Output;
using BwcFirmware.Simulator.Scripting;
using BwcFirmware.Simulator.Timeline;

namespace BwcFirmware.Simulator.Simulation
{
    /// <summary>
    /// Runs a planned shift: simulated time advances one frame interval at a time (and to every scripted edge
    /// and action in between), pin edges go to the drivers, power and card actions happen to the simulated
    /// world, and the firmware's loop steps. The card is a folder behind the fault-injecting card, so a power
    /// cut loses exactly what the firmware had not flushed.
    /// </summary>
    public sealed class ShiftRunner : IDisposable
    {
        private readonly ShiftOptions _options;
        private readonly IShiftReporter _reporter;
        private readonly FaultInjectingCardFileSystem _card;
        private readonly HostSha256 _sha = new();
        private readonly long _stepMs;
        private PoweredDevice _device;
        private ShiftObserver _observer;
        private bool _cardIn = true;
        private bool _asleepUntilDocked;

        /// <summary>Prepares the shift over the card folder of <paramref name="options"/>.</summary>
        public ShiftRunner(ShiftOptions options, IShiftReporter reporter)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _reporter = reporter ?? throw new ArgumentNullException(nameof(reporter));
            Directory.CreateDirectory(options.CardDirectory);

            // The fault layer decides durability; fsync on the host adds nothing but time.
            var durable = new DirectoryCardFileSystem(options.CardDirectory, syncToDisk: false);
            _card = new FaultInjectingCardFileSystem(durable, options.Seed) { CapacityBytes = options.CardCapacityBytes };
            _stepMs = Math.Max(1, 1000 / options.Fps);
        }

        /// <summary>The card as the firmware sees it (with its faults).</summary>
        public FaultInjectingCardFileSystem Card => _card;

        /// <summary>Runs <paramref name="plan"/> (already on <paramref name="board"/>) to its end; returns what happened.</summary>
        public ShiftResult Run(ShiftPlan plan, SimulatedBoard board)
        {
            var timeline = new ShiftTimeline($"{plan.Script.Source}: {_options.Width}x{_options.Height} at {_options.Fps} fps, seed {_options.Seed}");
            _observer = new ShiftObserver(timeline, _reporter, _options.Fps, _card);
            var clock = new SimulatedClock(_options.RealTime ? 1 : 0);
            var result = new ShiftResult(timeline);
            timeline.State(0, "Off");
            int next = 0;
            long now = 0;
            while (true)
            {
                while (next < plan.Actions.Count && plan.Actions[next].TimeMs <= now)
                {
                    Apply(plan.Actions[next++], now, board, timeline, result);
                }

                while (board.TryTakeEdge(now, out PinEdge edge))
                {
                    _device?.OnEdge(edge);
                }

                if (_device == null && _asleepUntilDocked && board.Dock.High)
                {
                    // The dock contact is the deep sleep's wake source: the chip restarts from reset.
                    _reporter.Note(now, "docked: the camera wakes from its power-down");
                    PowerOn(now, board, timeline, result);
                }

                if (_device != null)
                {
                    _device.Step(now);
                    if (_device.Loop.IsPoweredOff)
                    {
                        PowerDown(now, timeline);
                    }
                    else
                    {
                        Sample(now, timeline);
                        _observer.SampleSync(now);
                    }
                }

                _reporter.Update(Status(now));
                timeline.Extend(now);
                if (now >= plan.EndMs)
                {
                    break;
                }

                long due = Math.Min(now + _stepMs, plan.EndMs);
                if (next < plan.Actions.Count)
                {
                    due = Math.Min(due, plan.Actions[next].TimeMs);
                }

                due = Math.Min(due, board.NextEdgeMs);
                now = Math.Max(due, now + 1);
                clock.AdvanceTo(now);
            }

            if (_device != null)
            {
                // The end of the shift: the officer switches the camera off, as at the end of a real one.
                _reporter.Note(now, "end of shift: power.off");
                PowerOff(now, timeline);
            }

            _observer.RefreshClips();
            result.SyncSentBytes = _observer.SyncSentBytes;
            result.SyncStatus = _observer.LastSyncStatus;
            timeline.Finish(now);
            result.WallTime = clock.WallElapsed;
            result.EndMs = now;
            _reporter.Finish(Status(now));
            return result;
        }

        /// <inheritdoc />
        public void Dispose()
        {
            _device?.Dispose();
            _sha.Dispose();
        }

        private void Apply(WorldAction action, long now, SimulatedBoard board, ShiftTimeline timeline, ShiftResult result)
        {
            switch (action.Kind)
            {
                case ScenarioEventKind.PowerOn:
                    _reporter.Note(now, "power.on");
                    PowerOn(now, board, timeline, result);
                    break;
                case ScenarioEventKind.PowerOff:
                    timeline.PowerEvent(now, "off");
                    _reporter.Note(now, "power.off");
                    PowerOff(now, timeline);
                    break;
                case ScenarioEventKind.PowerCut:
                    timeline.PowerEvent(now, "cut");
                    _reporter.Note(now, "power.cut: power lost, nothing unflushed survives");
                    if (_cardIn)
                    {
                        _card.CutPower();
                    }

                    if (_device != null)
                    {
                        result.FramesDropped += _device.FramesDropped;
                        _device.Dispose();
                        _device = null;
                        _observer.Detach(now, cut: true);
                    }

                    _asleepUntilDocked = false;
                    result.PowerCuts++;
                    break;
                case ScenarioEventKind.Battery:
                    board.Battery.SetCellMillivolts(action.Argument);
                    break;
                case ScenarioEventKind.CardRemove:
                    _cardIn = false;
                    _card.RemoveCard();
                    timeline.CardEvent(now, inserted: false);
                    _reporter.Note(now, "card pulled out");
                    break;
                case ScenarioEventKind.CardInsert:
                    _cardIn = true;
                    _card.PowerOn();
                    timeline.CardEvent(now, inserted: true);
                    _reporter.Note(now, "card put back");
                    break;
                case ScenarioEventKind.CardFull:
                    // The card has no room beyond what is on it now.
                    _card.CapacityBytes = _card.UsedBytes;
                    _reporter.Note(now, "card is full");
                    break;
            }
        }

        private void PowerOn(long now, SimulatedBoard board, ShiftTimeline timeline, ShiftResult result)
        {
            if (_cardIn && !_card.IsAlive)
            {
                _card.PowerOn();
            }

            _asleepUntilDocked = false;
            timeline.PowerEvent(now, "on");
            _device = PoweredDevice.PowerOn(
                now, _options, _card, _sha, board, _reporter,
                agent => _observer.BeforeBoot(agent, now),
                agent => _observer.Attach(_device));
            result.Boots++;
        }

        /// <summary>The loop's own orderly power-off (critical battery off the dock): deep sleep until docked.</summary>
        private void PowerDown(long now, ShiftTimeline timeline)
        {
            _device.Loop.PowerDown();
            _asleepUntilDocked = _device.Sleep.PoweredDown;
            timeline.PowerEvent(now, "off");
            _reporter.Note(now, "orderly power-off: asleep until docked");
            _device.Dispose();
            _device = null;
            _observer.Detach(now, cut: false);
        }

        private void PowerOff(long now, ShiftTimeline timeline)
        {
            if (_device == null)
            {
                return;
            }

            _device.Agent?.PowerOff(_device.ToDevice(now));
            _device.Dispose();
            _device = null;
            _observer.Detach(now, cut: false);
        }

        private void Sample(long now, ShiftTimeline timeline)
        {
            if (_device.Agent?.Space != null)
            {
                timeline.CardUsage(now, _card.UsedBytes, _card.CapacityBytes);
            }
        }

        private ShiftStatus Status(long now)
        {
            var status = new ShiftStatus { TimeMs = now, CardUsedBytes = _card.UsedBytes };
            if (_device?.Agent == null)
            {
                return status;
            }

            RecorderStateMachine recorder = _device.Agent.Recorder;
            status.State = InputNames.Of(recorder.State);
            status.BatteryPercent = _device.Drivers.Battery.Percent;
            status.Docked = recorder.IsDocked;
            var sync = _device.Agent.Sync;
            if (sync != null && recorder.IsDocked)
            {
                status.SyncState = Shared.Sync.SyncStatusNames.Of(sync.Status);
                status.SyncReason = sync.Reason;
                status.SyncTotalBytes = _observer.ClosedClipBytes;
                status.SyncDoneBytes = Math.Min(_observer.ClosedClipBytes, _observer.ConfirmedBytes + sync.CurrentOffset);
            }
            if (_observer.OpenClip != null)
            {
                status.ClipId = _observer.OpenClip.Id;
                status.ClipElapsedMs = now - _observer.OpenClip.StartMs;
            }

            return status;
        }
    }
}
