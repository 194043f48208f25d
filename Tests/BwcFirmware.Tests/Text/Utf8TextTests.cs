using System.Text;
using BwcFirmware.Shared.Text;

namespace BwcFirmware.Tests.Text;

/// <summary>The portable UTF-8 codec against .NET's UTF8Encoding, which follows the same replacement practice.</summary>
[TestClass]
public sealed class Utf8TextTests
{
    private static readonly UTF8Encoding s_dotNet = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    [TestMethod]
    public void RandomBytes_ReadAsDotNetReadsThem()
    {
        var random = new Random(17);
        for (int round = 0; round < 20000; round++)
        {
            byte[] bytes = new byte[random.Next(0, 12)];
            for (int i = 0; i < bytes.Length; i++)
            {
                // Mostly bytes that start or continue sequences, where the edge cases are.
                int pick = random.Next(4);
                bytes[i] = (byte)(pick == 0 ? random.Next(0x80) : pick == 1 ? random.Next(0x80, 0xC0) : random.Next(0xC0, 0x100));
            }

            Assert.AreEqual(s_dotNet.GetString(bytes), Utf8Text.GetString(bytes, 0, bytes.Length), Convert.ToHexString(bytes));
        }
    }

    [TestMethod]
    public void RandomText_IsWrittenAsDotNetWritesIt_AndReadsBack()
    {
        var random = new Random(23);
        char[] pool = { 'a', '/', '\u00fc', '\u07ff', '\u0800', '\u20ac', '\uffff', '\ud83d', '\ude00', '\ud800', '\udfff' };
        for (int round = 0; round < 20000; round++)
        {
            char[] chars = new char[random.Next(0, 10)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = pool[random.Next(pool.Length)];
            }

            string text = new(chars);
            byte[] expected = s_dotNet.GetBytes(text);
            byte[] actual = Utf8Text.GetBytes(text);

            CollectionAssert.AreEqual(expected, actual, text);
            Assert.AreEqual(s_dotNet.GetString(expected), Utf8Text.GetString(actual, 0, actual.Length));
        }
    }
}
