using BwcFirmware.Drivers.Board;
using BwcFirmware.Drivers.Host.Simulated;
using BwcFirmware.Simulator.Scripting;
using BwcFirmware.Simulator.Simulation;

namespace BwcFirmware.Tests.Simulator
{
    [TestClass]
    public sealed class SimulatedBoardTests
    {
        /// <summary>Bounce on a button lasts at most this long after a change (the 1-10 ms).</summary>
        private const long ButtonBounceMs = 10;

        private static List<PinEdge> Drain(SimulatedBoard board)
        {
            var edges = new List<PinEdge>();
            while (board.TryTakeEdge(long.MaxValue - 1, out PinEdge edge))
            {
                edges.Add(edge);
            }

            return edges;
        }

        /// <summary>Groups edges into settled changes: a run of edges closer than the bounce is one change.</summary>
        private static List<(long StartMs, bool Level)> SettledChanges(List<PinEdge> edges, long bounceMs)
        {
            var changes = new List<(long, bool)>();
            for (int i = 0; i < edges.Count; i++)
            {
                bool startsRun = i == 0 || edges[i].TimeMs - edges[i - 1].TimeMs > bounceMs;
                if (startsRun)
                {
                    changes.Add((edges[i].TimeMs, edges[i].Active));
                }
            }

            return changes;
        }

        [TestMethod]
        public void DoublePress_IsTwoPressesWithContactBounce_SecondInsideTheWindow()
        {
            var board = new SimulatedBoard(seed: 7);

            board.DoublePress(BoardInput.RecordButton, 1_000);
            List<PinEdge> edges = Drain(board);

            Assert.IsTrue(edges.All(e => e.Input == BoardInput.RecordButton));
            Assert.IsGreaterThan(4, edges.Count, "bounce adds edges beyond the four clean ones");
            var changes = SettledChanges(edges, ButtonBounceMs);
            CollectionAssert.AreEqual(new[] { true, false, true, false }, changes.Select(c => c.Level).ToArray());
            Assert.IsLessThan(400L, changes[2].StartMs - changes[0].StartMs, "second press inside the 400 ms window");
            Assert.IsFalse(edges[^1].Active, "the button ends released");
            for (int i = 1; i < edges.Count; i++)
            {
                Assert.AreNotEqual(edges[i - 1].Active, edges[i].Active, "edges alternate");
                Assert.IsGreaterThanOrEqualTo(edges[i - 1].TimeMs, edges[i].TimeMs, "edges come out in time order");
            }
        }

        [TestMethod]
        public void Hold_KeepsTheButtonDownPastTheThreshold()
        {
            var board = new SimulatedBoard(seed: 3);

            long release = board.Hold(BoardInput.FunctionButton, 5_000, thresholdMs: 2_000);
            var changes = SettledChanges(Drain(board), ButtonBounceMs);

            Assert.AreEqual(2, changes.Count);
            Assert.AreEqual(5_000L, changes[0].StartMs);
            Assert.IsTrue(changes[1].StartMs - changes[0].StartMs > 2_000, "held past the threshold");
            Assert.AreEqual(release, changes[1].StartMs);
        }

        [TestMethod]
        public void Docking_RocksTheContactsButSettlesDockedWithinASecond()
        {
            var board = new SimulatedBoard(seed: 11);

            board.Set(BoardInput.Dock, 60_000, true);
            List<PinEdge> edges = Drain(board);

            Assert.IsTrue(edges[0].Active);
            Assert.IsTrue(edges[^1].Active, "settles docked");
            Assert.IsLessThan(1_000L, edges[^1].TimeMs - edges[0].TimeMs, "wobble is shorter than the dock debounce");
        }

        [TestMethod]
        public void SameSeed_GivesTheSameEdges_OtherSeedDiffers()
        {
            static List<PinEdge> Run(int seed)
            {
                var board = new SimulatedBoard(seed);
                board.DoublePress(BoardInput.RecordButton, 100);
                board.Hold(BoardInput.RecordButton, 2_000, 3_000);
                board.Set(BoardInput.Dock, 9_000, true);
                return Drain(board);
            }

            CollectionAssert.AreEqual(Run(5), Run(5));
            CollectionAssert.AreNotEqual(Run(5), Run(6));
        }

        [TestMethod]
        public void EdgesComeOutOnlyWhenDue_AndInTimeOrderAcrossPins()
        {
            var board = new SimulatedBoard(seed: 2);
            board.Set(BoardInput.Holster, 2_000, true);
            board.Press(BoardInput.RecordButton, 1_000);

            Assert.IsFalse(board.TryTakeEdge(999, out _));
            Assert.IsTrue(board.TryTakeEdge(1_000, out PinEdge first));
            Assert.AreEqual(BoardInput.RecordButton, first.Input);
            List<PinEdge> rest = Drain(board);
            Assert.AreEqual(BoardInput.Holster, rest.First(e => e.TimeMs >= 2_000).Input);
            Assert.IsTrue(rest.Zip(rest.Skip(1)).All(p => p.First.TimeMs <= p.Second.TimeMs));
        }

        [TestMethod]
        public void BatteryAdc_ReadsTheCellWithSmallNoise()
        {
            var board = new SimulatedBoard(seed: 1);
            board.Battery.SetCellMillivolts(3600);

            int[] readings = Enumerable.Range(0, 50).Select(_ => board.Battery.ReadMillivolts()).ToArray();

            Assert.IsTrue(readings.All(r => Math.Abs(r - 3600) <= 4));
            Assert.IsGreaterThan(1, readings.Distinct().Count(), "a real ADC is noisy");
        }

        [TestMethod]
        public void Planner_OverlappingGesturesOnOneButton_IsABadLine()
        {
            ScenarioScript script = ScenarioParser.Parse("00:00 power.on\n00:10 record.hold\n00:11 record.press\n00:20 end\n", "overlap.txt");

            var e = Assert.ThrowsExactly<ScenarioParseException>(
                () => ShiftPlanner.Plan(script, new SimulatedBoard(1), GestureThresholds.Default));

            Assert.AreEqual(3, e.Errors.Single().Line);
            StringAssert.Contains(e.Errors[0].Message, "record button is still moving from line 2");
        }

        [TestMethod]
        public void Planner_PinEventsBecomeEdges_OthersBecomeWorldActions()
        {
            ScenarioScript script = ScenarioParser.Parse(
                "00:00 power.on\n00:05 record.double\n00:06 function.press\n00:07 battery 3500\n00:08 card.full\n00:09 card.remove\n00:30 power.off\n",
                "plan.txt");
            var board = new SimulatedBoard(1);

            ShiftPlan plan = ShiftPlanner.Plan(script, board, GestureThresholds.Default);

            CollectionAssert.AreEqual(
                new[] { ScenarioEventKind.PowerOn, ScenarioEventKind.Battery, ScenarioEventKind.CardFull, ScenarioEventKind.CardRemove, ScenarioEventKind.PowerOff },
                plan.Actions.Select(a => a.Kind).ToArray());
            List<PinEdge> edges = Drain(board);
            CollectionAssert.IsSubsetOf(
                new[] { BoardInput.RecordButton, BoardInput.FunctionButton, BoardInput.CardDetect },
                edges.Select(x => x.Input).Distinct().ToArray());
            Assert.IsFalse(edges.Last(x => x.Input == BoardInput.CardDetect).Active, "card detect settles at 'no card'");
        }
    }
}
