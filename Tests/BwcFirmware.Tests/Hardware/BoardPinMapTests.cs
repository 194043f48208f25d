using BwcFirmware.Drivers.Board;

namespace BwcFirmware.Tests.Hardware;

[TestClass]
public sealed class BoardPinMapTests
{
    [TestMethod]
    [DynamicData(nameof(BoardFiles.Names), typeof(BoardFiles))]
    public void EveryBoardFile_PassesThePinRules(string fileName)
    {
        BoardPinMap map = BoardFiles.Load(fileName);

        List<string> problems = PinMapRules.Check(map);

        Assert.AreEqual(0, problems.Count, fileName + ":\n" + string.Join("\n", problems));
    }

    [TestMethod]
    [DynamicData(nameof(BoardFiles.Names), typeof(BoardFiles))]
    public void EveryBoardFile_IsNamedAfterItsBoardKey(string fileName)
    {
        BoardPinMap map = BoardFiles.Load(fileName);

        Assert.AreEqual(Path.GetFileNameWithoutExtension(fileName), map.Text("board"));
    }

    [TestMethod]
    [DynamicData(nameof(BoardFiles.Names), typeof(BoardFiles))]
    public void EveryBoardFile_GivesTheFirmwareItsPins(string fileName)
    {
        BoardPins pins = BoardPins.TryRead(BoardFiles.Load(fileName), out string problem);

        Assert.IsNotNull(pins, fileName + ": " + problem);
        Assert.AreEqual(BoardPins.CameraKeys.Length, pins.CameraPins.Length);
    }

    [TestMethod]
    public void Boards_IncludeAnEsp32S3WithPsramAndAnEsp32Cam()
    {
        var maps = BoardFiles.Names.Select(n => BoardFiles.Load((string)n[0])).ToList();

        Assert.IsTrue(maps.Any(m => m.Text("chip") == "esp32s3" && m.Text("psram") != "none"), "no ESP32-S3 board with PSRAM");
        Assert.IsTrue(maps.Any(m => m.Text("chip") == "esp32" && m.Text("camera.xclk") == "0"), "no ESP32-CAM-class board");
    }

    [TestMethod]
    public void Rules_RejectAButtonOnACameraDataPin()
    {
        BoardPinMap map = WithChange("button.record", "18");

        List<string> problems = PinMapRules.Check(map);

        CollectionAssert.Contains(problems, "button.record: GPIO18 already used by camera.d5");
    }

    [TestMethod]
    public void Rules_RejectTwoFunctionsOnOnePin()
    {
        BoardPinMap map = WithChange("haptic", "14");

        List<string> problems = PinMapRules.Check(map);

        CollectionAssert.Contains(problems, "haptic: GPIO14 already used by button.record");
    }

    [TestMethod]
    public void Rules_RejectAPinOfTheOctalPsram()
    {
        BoardPinMap map = WithChange("sensor.holster", "35");

        List<string> problems = PinMapRules.Check(map);

        CollectionAssert.Contains(problems, "sensor.holster: GPIO35 already used by reserved.psram");
    }

    [TestMethod]
    public void Rules_RejectADockContactThatCannotWakeTheChip()
    {
        BoardPinMap map = WithChange("sensor.dock", "41", "led.record", "none");

        List<string> problems = PinMapRules.Check(map);

        CollectionAssert.Contains(problems, "sensor.dock: GPIO41 is not an RTC GPIO on esp32s3, so it cannot wake the chip");
    }

    [TestMethod]
    public void Rules_RejectTheBatteryOnAdc2()
    {
        // GPIO14 is ADC2 channel 3 on the S3: unusable while Wi-Fi runs.
        BoardPinMap map = WithChange("battery.gpio", "14", "button.record", "none");

        List<string> problems = PinMapRules.Check(map);

        Assert.IsTrue(problems.Any(p => p.StartsWith("battery.gpio: GPIO14 is not an ADC1 pin", StringComparison.Ordinal)), string.Join("\n", problems));
    }

    [TestMethod]
    public void Rules_RejectAChannelThatDoesNotMatchTheBatteryPin()
    {
        BoardPinMap map = WithChange("battery.adc_channel", "3");

        List<string> problems = PinMapRules.Check(map);

        CollectionAssert.Contains(problems, "battery.adc_channel: GPIO1 is ADC1 channel 0, the file says '3'");
    }

    [TestMethod]
    public void Rules_RejectAnOutputOnAnInputOnlyPin()
    {
        string text = File.ReadAllText(Path.Combine(BoardFiles.Folder, "esp32-cam-aithinker.pins"))
            .Replace("camera.d6 = 34", "camera.d6 = none")
            .Replace("led.record = none", "led.record = 34");
        BoardPinMap map = BoardPinMap.TryParse(text, out _);

        List<string> problems = PinMapRules.Check(map);

        CollectionAssert.Contains(problems, "led.record: GPIO34 is input only on esp32");
    }

    [TestMethod]
    public void Parse_GivesNoPinForNone()
    {
        BoardPinMap map = BoardPinMap.TryParse("a = none\nb = 7\n", out _);

        Assert.IsTrue(map.TryGetPin("a", out int a));
        Assert.IsTrue(map.TryGetPin("b", out int b));
        Assert.AreEqual(BoardPinMap.NoPin, a);
        Assert.AreEqual(7, b);
    }

    [TestMethod]
    public void Parse_RefusesARepeatedKey()
    {
        BoardPinMap map = BoardPinMap.TryParse("led.record = 4\n# note\nled.record = 5\n", out string problem);

        Assert.IsNull(map);
        Assert.AreEqual("line 3: repeated key led.record", problem);
    }

    [TestMethod]
    public void Parse_RefusesALineWithoutEquals()
    {
        BoardPinMap map = BoardPinMap.TryParse("board = x\nled.record 4\n", out string problem);

        Assert.IsNull(map);
        Assert.AreEqual("line 2: expected key = value", problem);
    }

    [TestMethod]
    public void TryGetPin_RefusesTextAndOutOfRangeNumbers()
    {
        BoardPinMap map = BoardPinMap.TryParse("a = GPIO4\nb = 64\nc = -1\n", out _);

        Assert.IsFalse(map.TryGetPin("a", out _));
        Assert.IsFalse(map.TryGetPin("b", out _));
        Assert.IsFalse(map.TryGetPin("c", out _));
        Assert.IsFalse(map.TryGetPin("missing", out _));
    }

    [TestMethod]
    public void TryGetPins_ReadsListsAndEmptyValues()
    {
        BoardPinMap map = BoardPinMap.TryParse("a = 1, 2,3\nb =\n", out _);

        Assert.IsTrue(map.TryGetPins("a", out int[] a));
        Assert.IsTrue(map.TryGetPins("b", out int[] b));
        CollectionAssert.AreEqual(new[] { 1, 2, 3 }, a);
        Assert.AreEqual(0, b.Length);
    }

    /// <summary>The S3 board file with some keys changed (pairs of key, value).</summary>
    private static BoardPinMap WithChange(params string[] keyValues)
    {
        var lines = File.ReadAllLines(Path.Combine(BoardFiles.Folder, "freenove-esp32s3-cam.pins")).ToList();
        for (int i = 0; i < keyValues.Length; i += 2)
        {
            int index = lines.FindIndex(l => l.StartsWith(keyValues[i] + " ", StringComparison.Ordinal));
            Assert.IsTrue(index >= 0, "no key " + keyValues[i]);
            lines[index] = keyValues[i] + " = " + keyValues[i + 1];
        }

        BoardPinMap map = BoardPinMap.TryParse(string.Join("\n", lines), out string problem);
        Assert.IsNotNull(map, problem);
        return map;
    }
}
