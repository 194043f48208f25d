using BwcFirmware.Shared.Text;

namespace BwcFirmware.Tests.Text;

/// <summary>The one ASCII codec: audit lines out and back, journal and reply text read with line breaks kept.</summary>
[TestClass]
public sealed class AsciiTextTests
{
    [TestMethod]
    public void WriteLine_EndsWithALineFeed_AndReadsBackTheSameText()
    {
        byte[] buffer = new byte[2];
        int count = AsciiText.WriteLine("seq=7 event=clip.start", ref buffer);

        Assert.AreEqual(23, count);
        Assert.AreEqual((byte)'\n', buffer[22]);
        Assert.AreEqual("seq=7 event=clip.start\n", AsciiText.Read(buffer, 0, count));
    }

    [TestMethod]
    public void NonAscii_IsWrittenAndReadAsQuestionMarks_OneByteEach()
    {
        byte[] buffer = Array.Empty<byte>();
        int count = AsciiText.WriteLine("caf\u00e9", ref buffer);

        Assert.AreEqual(5, count);
        Assert.AreEqual("caf?\n", AsciiText.Read(buffer, 0, count));
        Assert.AreEqual("a?b", AsciiText.Read(new byte[] { (byte)'a', 0xC3, (byte)'b' }, 0, 3));
    }

    [TestMethod]
    public void ReadPrintable_KeepsLineBreaksAndTabs_AndMarksOtherControlBytes()
    {
        byte[] bytes = { (byte)'a', (byte)'\r', (byte)'\n', (byte)'\t', 0x00, 0x1B, 0x7F, 0xFF, (byte)'z' };

        Assert.AreEqual("a\r\n\t????z", AsciiText.ReadPrintable(bytes, 0, bytes.Length));
        Assert.AreEqual("\n\t", AsciiText.ReadPrintable(bytes, 2, 2));
    }

    [TestMethod]
    public void Read_OutsideTheArray_IsRefused()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => AsciiText.Read(new byte[4], 3, 2));
    }
}
