using System;
using System.Collections.Generic;
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
            var busyUntil = new Dictionary<BoardPin, (long UntilMs, int Line)>();

            foreach (ScenarioEvent e in script.Events)
            {
                if (e.Kind == ScenarioEventKind.PrivacyStop)
                {
                    // The chord moves both buttons: the record button's line must be free too.
                    busyUntil.TryGetValue(BoardPin.RecordButton, out var recordBusy);
                    if (recordBusy.Line > 0 && e.TimeMs <= recordBusy.UntilMs)
                    {
                        errors.Add(new ScenarioError(
                            e.Line,
                            $"'{e.Name}' at {ScenarioTime.Format(e.TimeMs)} while the record button is still moving from line {recordBusy.Line} (until {ScenarioTime.Format(recordBusy.UntilMs)})"));
                        continue;
                    }
                }

                BoardPin? pin = PinOf(e.Kind);
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
                    busyUntil[BoardPin.RecordButton] = (Math.Max(until, board[BoardPin.RecordButton].SettledAfterMs), e.Line);
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
                    return board.Press(BoardPin.RecordButton, e.TimeMs);
                case ScenarioEventKind.RecordDouble:
                    return board.DoublePress(BoardPin.RecordButton, e.TimeMs);
                case ScenarioEventKind.RecordHold:
                    return board.Hold(BoardPin.RecordButton, e.TimeMs, thresholds.RecordHoldMs);
                case ScenarioEventKind.FunctionPress:
                    return board.Press(BoardPin.FunctionButton, e.TimeMs);
                case ScenarioEventKind.FunctionDouble:
                    return board.DoublePress(BoardPin.FunctionButton, e.TimeMs);
                case ScenarioEventKind.PrivacyStop:
                    return PrivacyChord(board, e.TimeMs, thresholds.RecordHoldMs);
                case ScenarioEventKind.FunctionHold:
                    return board.Hold(BoardPin.FunctionButton, e.TimeMs, thresholds.FunctionHoldMs);
                case ScenarioEventKind.HolsterDraw:
                case ScenarioEventKind.HolsterReturn:
                    board.Set(BoardPin.Holster, e.TimeMs, e.Kind == ScenarioEventKind.HolsterDraw);
                    return e.TimeMs;
                case ScenarioEventKind.Dock:
                case ScenarioEventKind.Undock:
                    board.Set(BoardPin.Dock, e.TimeMs, e.Kind == ScenarioEventKind.Dock);
                    return e.TimeMs;
                case ScenarioEventKind.CardRemove:
                case ScenarioEventKind.CardInsert:
                    board.Set(BoardPin.CardDetect, e.TimeMs, e.Kind == ScenarioEventKind.CardInsert);
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
            long recordUp = board.Hold(BoardPin.RecordButton, atMs + RecordAfterMs, recordHoldMs);
            return board.PressFor(BoardPin.FunctionButton, atMs, recordUp + 150 - atMs);
        }

        private static BoardPin? PinOf(ScenarioEventKind kind)
        {
            switch (kind)
            {
                case ScenarioEventKind.RecordPress:
                case ScenarioEventKind.RecordDouble:
                case ScenarioEventKind.RecordHold:
                    return BoardPin.RecordButton;
                case ScenarioEventKind.FunctionPress:
                case ScenarioEventKind.FunctionDouble:
                case ScenarioEventKind.FunctionHold:
                case ScenarioEventKind.PrivacyStop:
                    return BoardPin.FunctionButton;
                case ScenarioEventKind.HolsterDraw:
                case ScenarioEventKind.HolsterReturn:
                    return BoardPin.Holster;
                case ScenarioEventKind.Dock:
                case ScenarioEventKind.Undock:
                    return BoardPin.Dock;
                case ScenarioEventKind.CardRemove:
                case ScenarioEventKind.CardInsert:
                    return BoardPin.CardDetect;
                default:
                    return null;
            }
        }

        private static string Describe(BoardPin pin)
        {
            switch (pin)
            {
                case BoardPin.RecordButton:
                    return "record button";
                case BoardPin.FunctionButton:
                    return "function button";
                case BoardPin.Holster:
                    return "holster switch";
                case BoardPin.Dock:
                    return "dock contacts";
                default:
                    return "card slot";
            }
        }
    }
}
