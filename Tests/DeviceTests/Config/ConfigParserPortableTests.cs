#nullable disable
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#endif
using BwcFirmware.DeviceTests.Fakes;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Config;

// Portable test (see Board/BoardPinMapPortableTests.cs for how it runs on both frameworks).
namespace BwcFirmware.DeviceTests.Config
{
    /// <summary>config.txt as the device reads it: good values taken, bad ones reported with the value used instead.</summary>
    [TestClass]
    public sealed class ConfigParserPortableTests
    {
        [TestMethod]
        public void GoodFile_IsReadWithoutProblems()
        {
            ConfigParseResult result = ConfigParser.Parse(
                "# unit 12\r\n" +
                "pre_event_seconds = 45\r\n" +
                "Stealth = yes\n" +
                "holster_auto_start = on\n" +
                "chunk_seconds = 5\n" +
                "device_id = BWC-0042\n" +
                "station_url = https://station.example/files/\n" +
                "wifi_password = \" pa#ss=word \"\n" +
                "battery_curve = 3200:0, 3700:50, 4200:100\n");

            Assert.IsTrue(result.IsClean);
            DeviceConfig config = result.Config;
            Assert.AreEqual(45, config.PreEventSeconds);
            Assert.IsTrue(config.Stealth);
            Assert.IsTrue(config.HolsterAutoStart);
            Assert.AreEqual(5, config.ChunkSeconds);
            Assert.AreEqual("BWC-0042", config.DeviceId);
            Assert.AreEqual("https://station.example/files/", config.StationUrl);
            Assert.AreEqual(" pa#ss=word ", config.WifiPassword);
            Assert.AreEqual("3200:0,3700:50,4200:100", config.BatteryCurve.ToString());
        }

        [TestMethod]
        public void BadValues_AreReportedByLine_AndTheDefaultsUsed()
        {
            ConfigParseResult result = ConfigParser.Parse(
                "pre_event_seconds = 45\n" +
                "record_hold_ms = 2\n" +
                "colour = blue\n" +
                "stealth = maybe\n" +
                "just words\n");

            DeviceConfig config = result.Config;
            Assert.AreEqual(45, config.PreEventSeconds);
            Assert.AreEqual(3000, config.RecordHoldMs);
            Assert.IsFalse(config.Stealth);
            Assert.AreEqual(4, result.ProblemCount);
            Assert.AreEqual("config.txt:2 record_hold_ms: must be 500-10000; default 3000 used", result.ProblemAt(0).ToString());
            Assert.AreEqual("config.txt:3 colour: unknown key; ignored", result.ProblemAt(1).ToString());
            Assert.AreEqual("config.txt:4 stealth: must be on or off; default off used", result.ProblemAt(2).ToString());
            Assert.AreEqual("config.txt:5: expected key = value; line ignored", result.ProblemAt(3).ToString());
        }

        [TestMethod]
        public void ABadRepeat_KeepsTheEarlierGoodValue()
        {
            ConfigParseResult result = ConfigParser.Parse("chunk_seconds = 5\nchunk_seconds = 600\n");

            Assert.AreEqual(5, result.Config.ChunkSeconds);
            Assert.AreEqual("config.txt:2 chunk_seconds: must be 1-60; earlier value 5 used", result.ProblemAt(0).ToString());
        }

        [TestMethod]
        public void LevelsThatContradictEachOther_FallBackToBothDefaults()
        {
            ConfigParseResult result = ConfigParser.Parse("battery_low_percent = 10\nbattery_critical_percent = 20\n");

            Assert.AreEqual(15, result.Config.BatteryLowPercent);
            Assert.AreEqual(5, result.Config.BatteryCriticalPercent);
            Assert.AreEqual(1, result.ProblemCount);
            Assert.AreEqual("battery_critical_percent", result.ProblemAt(0).Key);
        }

        [TestMethod]
        public void FileOnTheCard_IsReadAsUtf8_AndNoFileMeansDefaults()
        {
            InMemoryCard card = new InMemoryCard(1024 * 1024);
            Assert.IsTrue(ConfigParser.Load(card).IsClean);
            Assert.AreEqual(30, ConfigParser.Load(card).Config.PreEventSeconds);

            // "officer_id = Müller" in UTF-8 (ü = C3 BC).
            card.Put(CardLayout.ConfigFile, new byte[]
            {
                (byte)'o', (byte)'f', (byte)'f', (byte)'i', (byte)'c', (byte)'e', (byte)'r', (byte)'_', (byte)'i', (byte)'d',
                (byte)'=', (byte)'M', 0xC3, 0xBC, (byte)'l', (byte)'l', (byte)'e', (byte)'r', (byte)'\n',
            });
            ConfigParseResult result = ConfigParser.Load(card);

            Assert.IsTrue(result.IsClean);
            Assert.AreEqual("M\u00fcller", result.Config.OfficerId);
        }
    }
}
