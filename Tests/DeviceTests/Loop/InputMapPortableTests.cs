#nullable disable
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#endif
using BwcFirmware.Drivers.Buttons;
using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Loop;
using BwcFirmware.Shared.Recording;

// Portable test (see Board/BoardPinMapPortableTests.cs for how it runs on both frameworks).
namespace BwcFirmware.DeviceTests.Loop
{
    [TestClass]
    public sealed class InputMapPortableTests
    {
        [TestMethod]
        public void EveryReport_BecomesItsRecorderInput_WithItsTimeAndArgument()
        {
            InputQueue inputs = new InputQueue(32);
            InputMap map = new InputMap(inputs);

            map.OnRecordButton(ButtonGesture.Press, 1);
            map.OnRecordButton(ButtonGesture.DoublePress, 2);
            map.OnRecordButton(ButtonGesture.Hold, 3);
            map.OnRecordButton(ButtonGesture.ChordHold, 4);
            map.OnFunctionButton(ButtonGesture.Press, 5);
            map.OnFunctionButton(ButtonGesture.DoublePress, 6);
            map.OnFunctionButton(ButtonGesture.Hold, 7);
            map.OnFunctionButton(ButtonGesture.ChordHold, 8);
            map.OnHolster(true, 9);
            map.OnHolster(false, 10);
            map.OnDock(true, 11);
            map.OnDock(false, 12);
            map.OnCardDetect(true, 13);
            map.OnCardDetect(false, 14);
            map.OnBatteryLevel(57, 15);
            map.OnBatteryBand(BatteryBand.Normal, 57, 16);
            map.OnBatteryBand(BatteryBand.Low, 15, 17);
            map.OnBatteryBand(BatteryBand.Critical, 4, 18);

            Assert.AreEqual(
                "record.press@1 record.double@2 record.hold@3 privacy.stop@4 function.press@5 function.double@6 " +
                "function.hold@7 holster.draw@9 holster.return@10 dock.in@11 dock.out@12 card.inserted@13 " +
                "card.removed@14 battery.level(57)@15 battery.normal(57)@16 battery.low(15)@17 battery.critical(4)@18",
                Drain(inputs));
        }

        [TestMethod]
        public void TheTwoButtonChord_ReachesTheQueueAsAPrivacyStop()
        {
            InputQueue inputs = new InputQueue(32);
            InputMap map = new InputMap(inputs);
            RecordButton record = new RecordButton(map, new DeviceConfig());
            FunctionButton function = new FunctionButton(map, new DeviceConfig());
            record.JoinChord(function);

            function.OnRawEdge(true, 0);
            record.OnRawEdge(true, 300);
            for (long t = 0; t <= 3400; t += 20)
            {
                record.Step(t);
                function.Step(t);
            }

            Assert.AreEqual("privacy.stop@3300", Drain(inputs));
        }

        private static string Drain(InputQueue inputs)
        {
            string text = string.Empty;
            InputEvent input;
            while (inputs.TryTake(out input))
            {
                string argument = input.Argument != 0 ? "(" + input.Argument.ToString() + ")" : string.Empty;
                text += (text.Length == 0 ? string.Empty : " ") + InputNames.Of(input.Kind) + argument + "@" + input.TimeMs.ToString();
            }

            return text;
        }
    }
}
