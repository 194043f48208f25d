using System.Text;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Config;
using CsCheck;

namespace BwcFirmware.Tests.Config;

[TestClass]
public sealed class ConfigParserTests
{
    [TestMethod]
    public void MissingFile_GivesTheDefaults_AndNoProblems()
    {
        ConfigParseResult result = ConfigParser.Parse(null);

        Assert.IsTrue(result.IsClean);
        AssertDefaults(result.Config);
    }

    [TestMethod]
    public void EveryKey_IsReadFromTheFile()
    {
        const string text = """
            # issued to unit 12
            pre_event_seconds = 60
            pre_event_audio = on
            button_debounce_ms = 25
            record_double_press_ms = 500
            record_hold_ms = 4000
            function_hold_ms = 1500
            sensor_debounce_ms = 40
            dock_debounce_ms = 2000
            stealth = yes
            stealth_haptic = off
            holster_auto_start = true
            sensitive_gesture = function.press
            reminder_seconds = 300
            battery_low_percent = 20
            battery_critical_percent = 8
            battery_curve = 3200:0, 3700:50, 4200:100
            device_id = BWC-0042
            officer_id = 4711
            chunk_seconds = 5
            flush_interval_ms = 500
            sync_piece_bytes = 1048576
            station_url = https://station.example/files/
            station_token = "s3cret token "
            wifi_ssid = Dock Net
            wifi_password = pa#ss=word
            """;

        ConfigParseResult result = ConfigParser.Parse(text);

        Assert.IsTrue(result.IsClean, Problems(result));
        DeviceConfig c = result.Config;
        Assert.AreEqual(60, c.PreEventSeconds);
        Assert.IsTrue(c.PreEventAudio);
        Assert.AreEqual(25, c.ButtonDebounceMs);
        Assert.AreEqual(500, c.RecordDoublePressMs);
        Assert.AreEqual(4000, c.RecordHoldMs);
        Assert.AreEqual(1500, c.FunctionHoldMs);
        Assert.AreEqual(40, c.SensorDebounceMs);
        Assert.AreEqual(2000, c.DockDebounceMs);
        Assert.IsTrue(c.Stealth);
        Assert.IsFalse(c.StealthHaptic);
        Assert.IsTrue(c.HolsterAutoStart);
        Assert.AreEqual(SensitiveGestures.FunctionPress, c.SensitiveGesture);
        Assert.AreEqual(300, c.ReminderSeconds);
        Assert.AreEqual(20, c.BatteryLowPercent);
        Assert.AreEqual(8, c.BatteryCriticalPercent);
        Assert.AreEqual("3200:0,3700:50,4200:100", c.BatteryCurve.ToString());
        Assert.AreEqual("BWC-0042", c.DeviceId);
        Assert.AreEqual("4711", c.OfficerId);
        Assert.AreEqual(5, c.ChunkSeconds);
        Assert.AreEqual(500, c.FlushIntervalMs);
        Assert.AreEqual(1048576, c.SyncPieceBytes);
        Assert.AreEqual("https://station.example/files/", c.StationUrl);
        Assert.AreEqual("s3cret token ", c.StationToken);
        Assert.AreEqual("Dock Net", c.WifiSsid);
        Assert.AreEqual("pa#ss=word", c.WifiPassword);
    }

    [TestMethod]
    [DataRow("pre_event_seconds = 121", "config.txt:1 pre_event_seconds: must be 0-120; default 30 used")]
    [DataRow("sensitive_gesture = record.double", "config.txt:1 sensitive_gesture: must be function.double, function.press or off; default function.double used")]
    [DataRow("pre_event_seconds = -1", "config.txt:1 pre_event_seconds: must be 0-120; default 30 used")]
    [DataRow("pre_event_seconds = thirty", "config.txt:1 pre_event_seconds: not a whole number; default 30 used")]
    [DataRow("pre_event_seconds = 99999999999999", "config.txt:1 pre_event_seconds: too large (must be 0-120); default 30 used")]
    [DataRow("pre_event_seconds = -99999999999999", "config.txt:1 pre_event_seconds: too small (must be 0-120); default 30 used")]
    [DataRow("pre_event_seconds = 3.5", "config.txt:1 pre_event_seconds: not a whole number; default 30 used")]
    [DataRow("stealth = maybe", "config.txt:1 stealth: must be on or off; default off used")]
    [DataRow("reminder_seconds = 5", "config.txt:1 reminder_seconds: must be 0 (off) or 10-3600; default 120 used")]
    [DataRow("station_url = ftp://x", "config.txt:1 station_url: must start with http:// or https://; default used")]
    [DataRow("device_id =", "config.txt:1 device_id: must not be empty; default used")]
    [DataRow("battery_curve = 3300:0", "config.txt:1 battery_curve: needs at least 2 mV:percent points; default used")]
    [DataRow("colour = blue", "config.txt:1 colour: unknown key; ignored")]
    [DataRow("just words", "config.txt:1: expected key = value; line ignored")]
    [DataRow("= 5", "config.txt:1: no key before '='; line ignored")]
    public void ABadLine_IsReportedWithItsLineNumber_AndTheDefaultUsed(string line, string problem)
    {
        ConfigParseResult result = ConfigParser.Parse(line);

        Assert.AreEqual(problem, Problems(result));
        AssertDefaults(result.Config);
    }

    [TestMethod]
    public void GoodLinesAroundBadOnes_StillApply_AndLineNumbersCountCommentsAndBlanks()
    {
        const string text = "# camera config\r\n\r\npre_event_seconds = 45\r\nrecord_hold_ms = 2\r\n  STEALTH = On  \r\nnonsense\r\n";

        ConfigParseResult result = ConfigParser.Parse(text);

        Assert.AreEqual(
            "config.txt:4 record_hold_ms: must be 500-10000; default 3000 used\nconfig.txt:6: expected key = value; line ignored",
            Problems(result));
        Assert.AreEqual(45, result.Config.PreEventSeconds);
        Assert.AreEqual(3000, result.Config.RecordHoldMs);
        Assert.IsTrue(result.Config.Stealth);
    }

    [TestMethod]
    public void ARepeatedKey_IsReported_AndTheLaterGoodValueWins()
    {
        ConfigParseResult result = ConfigParser.Parse("chunk_seconds = 5\nchunk_seconds = 7\nchunk_seconds = 99");

        Assert.AreEqual(
            "config.txt:2 chunk_seconds: set more than once; this later value used\nconfig.txt:3 chunk_seconds: must be 1-60; earlier value 7 used",
            Problems(result));
        Assert.AreEqual(7, result.Config.ChunkSeconds);
    }

    [TestMethod]
    public void CriticalNotBelowLow_UsesBothDefaults()
    {
        ConfigParseResult result = ConfigParser.Parse("battery_low_percent = 10\nbattery_critical_percent = 10");

        Assert.AreEqual("config.txt:0 battery_critical_percent: must be below battery_low_percent; both defaults used", Problems(result));
        Assert.AreEqual(15, result.Config.BatteryLowPercent);
        Assert.AreEqual(5, result.Config.BatteryCriticalPercent);
    }

    [TestMethod]
    public void SecretsNeverAppearInProblems()
    {
        string secret = "x" + new string('y', 300);

        ConfigParseResult result = ConfigParser.Parse("station_token = " + secret + "\nwifi_password = " + secret);

        Assert.AreEqual(2, result.ProblemCount);
        Assert.IsFalse(Problems(result).Contains("yyy"), Problems(result));
        Assert.AreEqual(string.Empty, result.Config.StationToken);
    }

    [TestMethod]
    public void AnyText_ParsesWithoutThrowing()
    {
        Gen.String.Sample(text =>
        {
            ConfigParseResult result = ConfigParser.Parse(text);
            Assert.IsNotNull(result.Config);
        }, iter: 2000, threads: 1);

        // Lines built from real keys and hostile values.
        var keys = Gen.OneOf("pre_event_seconds", "stealth", "battery_curve", "station_url", "device_id", "x");
        var values = Gen.OneOf<string>(Gen.String, Gen.Int.Select(i => i.ToString()), Gen.OneOf("", "\"", "\"\"", "on", "1:2,3", "=", "#"));
        Gen.Select(keys, values).Array[0, 20].Sample(lines =>
        {
            string text = string.Join("\n", lines.Select(l => l.Item1 + " = " + l.Item2));
            ConfigParseResult result = ConfigParser.Parse(text);
            Assert.IsTrue(result.Config.PreEventSeconds is >= 0 and <= 120);
            Assert.IsTrue(result.Config.BatteryCriticalPercent < result.Config.BatteryLowPercent);
        }, iter: 2000, threads: 1);
    }

    [TestMethod]
    public void Load_ReadsConfigTxtFromTheCard_AndAMissingFileGivesDefaults()
    {
        var card = new OneFileCard();
        Assert.IsTrue(ConfigParser.Load(card).IsClean);
        AssertDefaults(ConfigParser.Load(card).Config);

        card.Content = Encoding.UTF8.GetBytes("\uFEFFofficer_id = Müller-7\npre_event_seconds = 10\n");
        ConfigParseResult result = ConfigParser.Load(card);

        Assert.IsTrue(result.IsClean, Problems(result));
        Assert.AreEqual("Müller-7", result.Config.OfficerId);
        Assert.AreEqual(10, result.Config.PreEventSeconds);
    }

    [TestMethod]
    public void Load_FromAFailingCard_GivesDefaultsAndOneProblem()
    {
        var card = new OneFileCard { Content = new byte[] { 1 }, Fails = true };

        ConfigParseResult result = ConfigParser.Load(card);

        Assert.AreEqual("config.txt:0: could not be read from the card; all defaults used", Problems(result));
        AssertDefaults(result.Config);
    }

    private static string Problems(ConfigParseResult result) =>
        string.Join("\n", Enumerable.Range(0, result.ProblemCount).Select(i => result.ProblemAt(i).ToString()));

    private static void AssertDefaults(DeviceConfig c)
    {
        Assert.AreEqual(30, c.PreEventSeconds);
        Assert.IsFalse(c.PreEventAudio);
        Assert.AreEqual(30, c.ButtonDebounceMs);
        Assert.AreEqual(400, c.RecordDoublePressMs);
        Assert.AreEqual(3000, c.RecordHoldMs);
        Assert.AreEqual(2000, c.FunctionHoldMs);
        Assert.AreEqual(1000, c.DockDebounceMs);
        Assert.IsFalse(c.Stealth);
        Assert.IsFalse(c.HolsterAutoStart);
        Assert.AreEqual(SensitiveGestures.FunctionDouble, c.SensitiveGesture);
        Assert.AreEqual(120, c.ReminderSeconds);
        Assert.AreEqual(15, c.BatteryLowPercent);
        Assert.AreEqual(5, c.BatteryCriticalPercent);
        Assert.AreEqual(10, c.ChunkSeconds);
        Assert.AreEqual(1000, c.FlushIntervalMs);
        Assert.AreEqual(262144, c.SyncPieceBytes);
        Assert.AreEqual(string.Empty, c.StationUrl);
        Assert.AreEqual(string.Empty, c.DeviceId);
    }

    /// <summary>A card holding config.txt (or nothing); only what the loader uses is implemented.</summary>
    private sealed class OneFileCard : ICardFileSystem
    {
        public byte[]? Content { get; set; }

        public bool Fails { get; set; }

        public bool FileExists(string path) => path == CardLayout.ConfigFile && Content != null;

        public long GetLength(string path) => Fails ? throw new CardException(CardFault.WriteError, path) : Content!.Length;

        public int Read(string path, long position, byte[] buffer, int offset, int count)
        {
            int n = (int)Math.Min(count, Content!.Length - position);
            Array.Copy(Content, position, buffer, offset, n);
            return n;
        }

        public bool DirectoryExists(string path) => throw new NotSupportedException();

        public void CreateDirectory(string path) => throw new NotSupportedException();

        public string[] ListFiles(string directory) => throw new NotSupportedException();

        public string[] ListDirectories(string directory) => throw new NotSupportedException();

        public ICardFile Create(string path) => throw new NotSupportedException();

        public ICardFile OpenAppend(string path) => throw new NotSupportedException();

        public void Rename(string fromPath, string toPath) => throw new NotSupportedException();

        public void Delete(string path) => throw new NotSupportedException();

        public long GetFreeBytes() => throw new NotSupportedException();
    }
}
