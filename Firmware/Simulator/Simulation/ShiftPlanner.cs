using System;
using System.Collections.Generic;
using BwcFirmware.Drivers.Board;
using BwcFirmware.Drivers.Host.Simulated;
using BwcFirmware.Simulator.Scripting;

namespace BwcFirmware.Simulator.Simulation
{
    /// <summary>
    /// Turns a parsed script into edges on the simulated board (a double press becomes two presses with
    /// bounce, a hold is held past the configured threshold, docking rocks the contacts) and world actions.
    /// Gestures that would overlap on one button are bad lines, reported before anything runs.
    /// </summary>
    public static class ShiftPlanner
    {
        /// <summary>Plans <paramref name="script"/> onto <paramref name="board"/>; throws <see cref="ScenarioParseException"/> on overlaps.</summary>
        public static ShiftPlan Plan(ScenarioScript script, SimulatedBoard board, GestureThresholds thresholds)
        {
            ArgumentNullException.ThrowIfNull(script);
            ArgumentNullException.ThrowIfNull(board);
            ArgumentNullException.ThrowIfNull(thresholds);
            var actions = new List<WorldAction>();
            var errors = new List<ScenarioError>();
            var busyUntil = new Dictionary<BoardInput, (long UntilMs, int Line)>();

            foreach (ScenarioEvent e in script.Events)
            {
                if (e.Kind == ScenarioEventKind.PrivacyStop)
                {
                    // The chord moves both buttons: the record button's line must be free too.
                    busyUntil.TryGetValue(BoardInput.RecordButton, out var recordBusy);
                    if (recordBusy.Line > 0 && e.TimeMs <= recordBusy.UntilMs)
                    {
                        errors.Add(new ScenarioError(
                            e.Line,
                            $"'{e.Name}' at {ScenarioTime.Format(e.TimeMs)} while the record button is still moving from line {recordBusy.Line} (until {ScenarioTime.Format(recordBusy.UntilMs)})"));
                        continue;
                    }
                }

                BoardInput? pin = PinOf(e.Kind);
                if (pin.HasValue && busyUntil.TryGetValue(pin.Value, out var busy) && e.TimeMs <= busy.UntilMs)
                {
                    errors.Add(new ScenarioError(
                        e.Line,
                        $"'{e.Name}' at {ScenarioTime.Format(e.TimeMs)} while the {Describe(pin.Value)} is still moving from line {busy.Line} (until {ScenarioTime.Format(busy.UntilMs)})"));
                    continue;
                }

                long until = Schedule(e, board, thresholds, actions);
                if (pin.HasValue)
                {
                    busyUntil[pin.Value] = (Math.Max(until, board[pin.Value].SettledAfterMs), e.Line);
                }

                if (e.Kind == ScenarioEventKind.PrivacyStop)
                {
                    busyUntil[BoardInput.RecordButton] = (Math.Max(until, board[BoardInput.RecordButton].SettledAfterMs), e.Line);
                }
            }

            if (errors.Count > 0)
            {
                throw new ScenarioParseException(script.Source, errors);
            }

            return new ShiftPlan(script, actions);
        }

        private static long Schedule(ScenarioEvent e, SimulatedBoard board, GestureThresholds thresholds, List<WorldAction> actions)
        {
            switch (e.Kind)
            {
                case ScenarioEventKind.RecordPress:
                    return board.Press(BoardInput.RecordButton, e.TimeMs);
                case ScenarioEventKind.RecordDouble:
                    return board.DoublePress(BoardInput.RecordButton, e.TimeMs);
                case ScenarioEventKind.RecordHold:
                    return board.Hold(BoardInput.RecordButton, e.TimeMs, thresholds.RecordHoldMs);
                case ScenarioEventKind.FunctionPress:
                    return board.Press(BoardInput.FunctionButton, e.TimeMs);
                case ScenarioEventKind.FunctionDouble:
                    return board.DoublePress(BoardInput.FunctionButton, e.TimeMs);
                case ScenarioEventKind.PrivacyStop:
                    return PrivacyChord(board, e.TimeMs, thresholds.RecordHoldMs);
                case ScenarioEventKind.FunctionHold:
                    return board.Hold(BoardInput.FunctionButton, e.TimeMs, thresholds.FunctionHoldMs);
                case ScenarioEventKind.HolsterDraw:
                case ScenarioEventKind.HolsterReturn:
                    board.Set(BoardInput.Holster, e.TimeMs, e.Kind == ScenarioEventKind.HolsterDraw);
                    return e.TimeMs;
                case ScenarioEventKind.Dock:
                case ScenarioEventKind.Undock:
                    board.Set(BoardInput.Dock, e.TimeMs, e.Kind == ScenarioEventKind.Dock);
                    return e.TimeMs;
                case ScenarioEventKind.CardRemove:
                case ScenarioEventKind.CardInsert:
                    board.Set(BoardInput.CardDetect, e.TimeMs, e.Kind == ScenarioEventKind.CardInsert);
                    actions.Add(new WorldAction(e.TimeMs, e.Kind, e.Argument, e.Line));
                    return e.TimeMs;
                default:
                    actions.Add(new WorldAction(e.TimeMs, e.Kind, e.Argument, e.Line));
                    return e.TimeMs;
            }
        }

        /// <summary>
        /// The privacy stop as an officer makes it: function down, record pressed a moment later and held past its
        /// threshold, record let go, then function. Returns when both are up.
        /// </summary>
        private static long PrivacyChord(SimulatedBoard board, long atMs, long recordHoldMs)
        {
            const long RecordAfterMs = 250;
            long recordUp = board.Hold(BoardInput.RecordButton, atMs + RecordAfterMs, recordHoldMs);
            return board.PressFor(BoardInput.FunctionButton, atMs, recordUp + 150 - atMs);
        }

        private static BoardInput? PinOf(ScenarioEventKind kind)
        {
            switch (kind)
            {
                case ScenarioEventKind.RecordPress:
                case ScenarioEventKind.RecordDouble:
                case ScenarioEventKind.RecordHold:
                    return BoardInput.RecordButton;
                case ScenarioEventKind.FunctionPress:
                case ScenarioEventKind.FunctionDouble:
                case ScenarioEventKind.FunctionHold:
                case ScenarioEventKind.PrivacyStop:
                    return BoardInput.FunctionButton;
                case ScenarioEventKind.HolsterDraw:
                case ScenarioEventKind.HolsterReturn:
                    return BoardInput.Holster;
                case ScenarioEventKind.Dock:
                case ScenarioEventKind.Undock:
                    return BoardInput.Dock;
                case ScenarioEventKind.CardRemove:
                case ScenarioEventKind.CardInsert:
                    return BoardInput.CardDetect;
                default:
                    return null;
            }
        }

        private static string Describe(BoardInput pin)
        {
            switch (pin)
            {
                case BoardInput.RecordButton:
                    return "record button";
                case BoardInput.FunctionButton:
                    return "function button";
                case BoardInput.Holster:
                    return "holster switch";
                case BoardInput.Dock:
                    return "dock contacts";
                default:
                    return "card slot";
            }
        }
    }
}
