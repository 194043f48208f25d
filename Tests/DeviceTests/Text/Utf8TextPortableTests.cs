#nullable disable
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#endif
using System;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Text;

// Portable test (see Board/BoardPinMapPortableTests.cs for how it runs on both frameworks).
namespace BwcFirmware.DeviceTests.Text
{
    /// <summary>The one UTF-8 codec: exact bytes both ways, and damaged bytes read as U+FFFD on the device too.</summary>
    [TestClass]
    public sealed class Utf8TextPortableTests
    {
        [TestMethod]
        public void AsciiAndMultiByteText_GiveTheStandardBytes_AndReadBack()
        {
            AssertRoundTrip("clips/000007/manifest.txt", "636c6970732f3030303030372f6d616e69666573742e747874");
            AssertRoundTrip("M\u00fcller", "4dc3bc6c6c6572");
            AssertRoundTrip("\u20ac 5", "e282ac2035");
            AssertRoundTrip("\u65e5\u672c", "e697a5e69cac");
            AssertRoundTrip("\uD83D\uDE00!", "f09f988021");
            AssertRoundTrip(string.Empty, string.Empty);
        }

        [TestMethod]
        public void LoneSurrogate_IsWrittenAsReplacementCharacter()
        {
            Assert.AreEqual("efbfbd78", Hex.ToLower(Utf8Text.GetBytes("\uD800x")));
            Assert.AreEqual("61efbfbd", Hex.ToLower(Utf8Text.GetBytes("a\uDC00")));
        }

        [TestMethod]
        public void DamagedBytes_ReadAsReplacementCharacters_NeverAnException()
        {
            Assert.AreEqual("\uFFFDa", Read(0x80, 0x61), "stray continuation byte");
            Assert.AreEqual("a\uFFFD", Read(0x61, 0xC3), "sequence cut by the end of the file");
            Assert.AreEqual("\uFFFDx", Read(0xE2, 0x82, 0x78), "sequence cut short: one replacement for its start");
            Assert.AreEqual("\uFFFD\uFFFD", Read(0xC0, 0xAF), "overlong '/'");
            Assert.AreEqual("\uFFFD\uFFFD\uFFFD", Read(0xED, 0xA0, 0x80), "encoded surrogate");
            Assert.AreEqual("\uFFFD\uFFFD\uFFFD\uFFFD", Read(0xF4, 0x90, 0x80, 0x80), "above U+10FFFF");
            Assert.AreEqual("\uFFFD\uFFFD", Read(0xFF, 0xFE), "bytes that never start a sequence");
        }

        [TestMethod]
        public void Range_IsReadFromOffset_AndARangeOutsideTheArrayIsRefused()
        {
            byte[] bytes = new byte[] { 0x78, 0x79, 0xC3, 0xBC, 0x7A };

            Assert.AreEqual("\u00fcz", Utf8Text.GetString(bytes, 2, 3));
            Assert.AreEqual("y\uFFFD", Utf8Text.GetString(bytes, 1, 2), "a range may cut a sequence");
            bool refused = false;
            try
            {
                Utf8Text.GetString(bytes, 3, 3);
            }
            catch (ArgumentOutOfRangeException)
            {
                refused = true;
            }

            Assert.IsTrue(refused, "a range past the end is refused");
        }

        private static void AssertRoundTrip(string text, string hex)
        {
            byte[] bytes = Utf8Text.GetBytes(text);
            Assert.AreEqual(hex, Hex.ToLower(bytes), text);
            Assert.AreEqual(text, Utf8Text.GetString(bytes, 0, bytes.Length), hex);
        }

        private static string Read(params int[] values)
        {
            byte[] bytes = new byte[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                bytes[i] = (byte)values[i];
            }

            return Utf8Text.GetString(bytes, 0, bytes.Length);
        }
    }
}
