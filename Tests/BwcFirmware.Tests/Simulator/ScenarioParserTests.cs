using BwcFirmware.Simulator.Scripting;

namespace BwcFirmware.Tests.Simulator
{
    [TestClass]
    public sealed class ScenarioParserTests
    {
        private static ScenarioScript Parse(string text) => ScenarioParser.Parse(text, "test.txt");

        private static ScenarioParseException ParseFails(string text)
        {
            return Assert.ThrowsExactly<ScenarioParseException>(() => ScenarioParser.Parse(text, "test.txt"));
        }

        [TestMethod]
        public void EveryEventWord_ParsesToItsKindWithTimeAndLine()
        {
            string text = string.Join('\n', new[]
            {
                "00:00 power.on",
                "00:01 record.press",
                "00:02 record.double",
                "00:03 record.hold",
                "00:08 function.press",
                "00:09 function.hold",
                "00:12 holster.draw",
                "00:13 holster.return",
                "00:14 dock",
                "00:20 undock",
                "00:21 battery 3650",
                "00:22 card.remove",
                "00:23 card.insert",
                "00:24 card.full",
                "00:25 power.off",
                "00:26 power.on",
                "00:27 power.cut",
                "00:30 end",
            });

            ScenarioScript script = Parse(text);

            ScenarioEventKind[] expected =
            {
                ScenarioEventKind.PowerOn, ScenarioEventKind.RecordPress, ScenarioEventKind.RecordDouble,
                ScenarioEventKind.RecordHold, ScenarioEventKind.FunctionPress, ScenarioEventKind.FunctionHold,
                ScenarioEventKind.HolsterDraw, ScenarioEventKind.HolsterReturn, ScenarioEventKind.Dock,
                ScenarioEventKind.Undock, ScenarioEventKind.Battery, ScenarioEventKind.CardRemove,
                ScenarioEventKind.CardInsert, ScenarioEventKind.CardFull, ScenarioEventKind.PowerOff,
                ScenarioEventKind.PowerOn, ScenarioEventKind.PowerCut,
            };
            CollectionAssert.AreEqual(expected, script.Events.Select(e => e.Kind).ToArray());
            Assert.AreEqual(3650, script.Events[10].Argument);
            Assert.AreEqual(21_000L, script.Events[10].TimeMs);
            Assert.AreEqual(11, script.Events[10].Line);
            Assert.AreEqual(30_000L, script.EndMs);
            Assert.IsTrue(script.EndWasScripted);
        }

        [TestMethod]
        [DataRow("00:00", 0L)]
        [DataRow("01:30", 90_000L)]
        [DataRow("1:30", 90_000L)]
        [DataRow("00:07.5", 7_500L)]
        [DataRow("00:07.25", 7_250L)]
        [DataRow("00:07.125", 7_125L)]
        [DataRow("1:00:00", 3_600_000L)]
        [DataRow("10:05:09.001", 36_309_001L)]
        public void Times_HoursMinutesSecondsAndFraction(string time, long expectedMs)
        {
            Assert.IsTrue(ScenarioTime.TryParse(time, out long ms, out string error), error);
            Assert.AreEqual(expectedMs, ms);
        }

        [TestMethod]
        [DataRow("7")]
        [DataRow("00:7")]
        [DataRow("00:60")]
        [DataRow("60:00")]
        [DataRow("1:5:00")]
        [DataRow("00:07.")]
        [DataRow("00:07.1234")]
        [DataRow("-00:07")]
        [DataRow("00:07s")]
        [DataRow("a:bc")]
        public void Times_Malformed_AreRejected(string time)
        {
            Assert.IsFalse(ScenarioTime.TryParse(time, out _, out string error));
            Assert.IsFalse(string.IsNullOrEmpty(error));
        }

        [TestMethod]
        public void CommentsAndBlankLines_AreIgnoredButCountForLineNumbers()
        {
            ScenarioScript script = Parse("# shift 3, unit 12\n\n00:00 power.on   # start\n   \n00:10 record.double\n");

            Assert.AreEqual(2, script.Events.Count);
            Assert.AreEqual(3, script.Events[0].Line);
            Assert.AreEqual(5, script.Events[1].Line);
        }

        [TestMethod]
        public void WithoutEnd_ShiftEndsTenSecondsAfterLastEvent()
        {
            ScenarioScript script = Parse("00:00 power.on\n00:42 record.double\n");

            Assert.IsFalse(script.EndWasScripted);
            Assert.AreEqual(42_000L + ScenarioParser.DefaultTailMs, script.EndMs);
        }

        [TestMethod]
        public void BadLines_AreAllReportedWithTheirLineNumbers()
        {
            string text = "00:00 power.on\n00:05 recod.press\n00:06 battery\n00:07 battery 9000\n00:08 dock now\nwhenever dock\n00:09\n";

            ScenarioParseException e = ParseFails(text);

            CollectionAssert.AreEqual(new[] { 2, 3, 4, 5, 6, 7 }, e.Errors.Select(x => x.Line).ToArray());
            StringAssert.Contains(e.Errors[0].Message, "unknown event 'recod.press'");
            StringAssert.Contains(e.Errors[1].Message, "needs its millivolts");
            StringAssert.Contains(e.Errors[2].Message, "battery millivolts");
            StringAssert.Contains(e.Errors[3].Message, "unexpected 'now'");
            StringAssert.Contains(e.Errors[4].Message, "bad time 'whenever'");
            StringAssert.Contains(e.Errors[5].Message, "expected '<time> <event> [argument]'");
        }

        [TestMethod]
        public void TimeGoingBackwards_IsABadLine()
        {
            ScenarioParseException e = ParseFails("00:00 power.on\n00:30 record.double\n00:20 record.hold\n");

            Assert.AreEqual(1, e.Errors.Count);
            Assert.AreEqual(3, e.Errors[0].Line);
            StringAssert.Contains(e.Errors[0].Message, "goes back");
        }

        [TestMethod]
        public void AnythingAfterEnd_IsABadLine()
        {
            ScenarioParseException e = ParseFails("00:00 power.on\n00:30 end\n00:40 record.double\n");

            Assert.AreEqual(3, e.Errors.Single().Line);
            StringAssert.Contains(e.Errors[0].Message, "after 'end'");
        }

        [TestMethod]
        [DataRow("00:00 power.on\n00:01 power.on\n", "already on")]
        [DataRow("00:00 power.on\n00:01 power.off\n00:02 power.cut\n", "while the camera is off")]
        [DataRow("00:00 power.on\n00:01 undock\n", "not docked")]
        [DataRow("00:00 power.on\n00:01 dock\n00:05 dock\n", "already docked")]
        [DataRow("00:00 power.on\n00:01 holster.return\n", "already holstered")]
        [DataRow("00:00 power.on\n00:01 card.insert\n", "a card is in")]
        [DataRow("00:00 power.on\n00:01 card.remove\n00:02 card.full\n", "no card is in")]
        public void PhysicallyImpossibleLines_AreRejected(string text, string reason)
        {
            ScenarioParseException e = ParseFails(text);

            Assert.AreEqual(1, e.Errors.Count);
            StringAssert.Contains(e.Errors[0].Message, reason);
            Assert.IsGreaterThan(1, e.Errors[0].Line);
        }

        [TestMethod]
        public void ScriptThatNeverPowersOn_IsRejected()
        {
            ScenarioParseException e = ParseFails("# nothing\n00:10 record.double\n");

            StringAssert.Contains(e.Errors.Single().Message, "never switches the camera on");
        }

        [TestMethod]
        public void WindowsLineEndings_Parse()
        {
            ScenarioScript script = Parse("00:00 power.on\r\n00:10 record.double\r\n00:20 end\r\n");

            Assert.AreEqual(2, script.Events.Count);
            Assert.AreEqual(20_000L, script.EndMs);
        }
    }
}
