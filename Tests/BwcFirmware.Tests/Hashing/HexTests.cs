using BwcFirmware.Shared.Hashing;

namespace BwcFirmware.Tests.Hashing;

[TestClass]
public sealed class HexTests
{
    [TestMethod]
    public void ToLower_MatchesDotNet_ForEveryByteValue()
    {
        byte[] all = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();

        Assert.AreEqual(Convert.ToHexStringLower(all), Hex.ToLower(all));
        Assert.AreEqual("0aff", Hex.ToLower(all, 10, 1) + Hex.ToLower(all, 255, 1));
    }

    [TestMethod]
    public void ToLower_OfNothing_IsEmpty()
    {
        Assert.AreEqual(string.Empty, Hex.ToLower(new byte[0]));
        Assert.AreEqual(string.Empty, Hex.ToLower(new byte[4], 4, 0));
    }

    [TestMethod]
    public void WriteLower_FillsOnlyItsRange()
    {
        char[] chars = "xxxxxxxx".ToCharArray();

        Hex.WriteLower(new byte[] { 0xDE, 0xAD, 0x01 }, 1, 2, chars, 2);

        Assert.AreEqual("xxad01xx", new string(chars));
    }

    [TestMethod]
    public void TryParse_RoundTripsADigest_InEitherCase()
    {
        byte[] digest = new byte[32];
        new Random(3).NextBytes(digest);
        byte[] parsed = new byte[32];
        byte[] parsedUpper = new byte[32];

        Assert.IsTrue(Hex.TryParse(Hex.ToLower(digest), parsed, 0, 32));
        Assert.IsTrue(Hex.TryParse(Hex.ToLower(digest).ToUpperInvariant(), parsedUpper, 0, 32));

        CollectionAssert.AreEqual(digest, parsed);
        CollectionAssert.AreEqual(digest, parsedUpper);
    }

    [TestMethod]
    [DataRow("0g")]
    [DataRow("0")]
    [DataRow("000")]
    [DataRow(" 0")]
    public void TryParse_RejectsWhatIsNotExactHex(string text)
    {
        Assert.IsFalse(Hex.TryParse(text, new byte[1], 0, 1));
    }
}
