using BwcFirmware.Shared.Time;

namespace BwcFirmware.Tests.Time;

[TestClass]
public sealed class StationTimeSourceTests
{
    [TestMethod]
    public void HttpDateHeader_ParsesImfFixdate()
    {
        Assert.IsTrue(HttpDate.TryParse("Thu, 26 Nov 2026 04:05:06 GMT", out DateTime utc));
        Assert.AreEqual(new DateTime(2026, 11, 26, 4, 5, 6), utc);
        Assert.IsTrue(HttpDate.TryParse("  Sun, 06 Nov 1994 08:49:37 GMT ", out utc));
        Assert.AreEqual(new DateTime(1994, 11, 6, 8, 49, 37), utc);
    }

    [TestMethod]
    [DataRow("Sunday, 06-Nov-94 08:49:37 GMT")]
    [DataRow("Sun Nov  6 08:49:37 1994")]
    [DataRow("Thu, 26 Nov 2026 04:05:06 UTC")]
    [DataRow("Thu, 31 Nov 2026 04:05:06 GMT")]
    [DataRow("Thu, 26 Nox 2026 04:05:06 GMT")]
    [DataRow("Thu, 26 Nov 2026 24:05:06 GMT")]
    [DataRow("")]
    public void HttpDateHeader_RefusesOtherForms(string header)
    {
        Assert.IsFalse(HttpDate.TryParse(header, out _));
    }

    private static byte[] ServerAnswer(ulong originate, DateTime received, DateTime transmitted, byte first = 0x24, byte stratum = 2)
    {
        var packet = new byte[SntpPacket.Length];
        packet[0] = first;
        packet[1] = stratum;
        WriteBigEndian(packet, 24, originate);
        WriteBigEndian(packet, 32, SntpPacket.FromUtc(received));
        WriteBigEndian(packet, 40, SntpPacket.FromUtc(transmitted));
        return packet;
    }

    private static void WriteBigEndian(byte[] packet, int offset, ulong value)
    {
        for (int i = 7; i >= 0; i--)
        {
            packet[offset + i] = (byte)value;
            value >>= 8;
        }
    }

    [TestMethod]
    public void SntpRequest_IsVersion4ClientCarryingTheNonce()
    {
        var packet = new byte[SntpPacket.Length];
        SntpPacket.WriteRequest(packet, 0x0102030405060708UL);

        Assert.AreEqual(0x23, packet[0]);
        CollectionAssert.AreEqual(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }, packet.Skip(40).ToArray());
        Assert.IsTrue(packet.Skip(1).Take(39).All(b => b == 0));
    }

    [TestMethod]
    public void SntpAnswer_GivesUtcAtReceiptCorrectedForHalfTheRoundTrip()
    {
        var received = new DateTime(2026, 11, 26, 4, 0, 0, 100, DateTimeKind.Utc);
        var transmitted = received.AddMilliseconds(20);
        byte[] answer = ServerAnswer(77, received, transmitted);

        Assert.IsTrue(SntpPacket.TryRead(answer, answer.Length, 77, out DateTime t2, out DateTime t3));
        DateTime utc = SntpPacket.UtcAtReceipt(sentMs: 5000, receivedMs: 5120, t2, t3);

        // 120 ms round trip, 20 ms of it inside the server: 50 ms each way.
        Assert.AreEqual(transmitted.AddMilliseconds(50).Ticks, utc.Ticks, 10_000);
    }

    [TestMethod]
    public void SntpAnswer_ToAnotherRequestOrFromAnUnsynchronisedServer_IsRefused()
    {
        var now = new DateTime(2026, 11, 26, 4, 0, 0, DateTimeKind.Utc);

        Assert.IsFalse(SntpPacket.TryRead(ServerAnswer(78, now, now), SntpPacket.Length, 77, out _, out _), "wrong nonce");
        Assert.IsFalse(SntpPacket.TryRead(ServerAnswer(77, now, now, first: 0xE4), SntpPacket.Length, 77, out _, out _), "alarm");
        Assert.IsFalse(SntpPacket.TryRead(ServerAnswer(77, now, now, stratum: 0), SntpPacket.Length, 77, out _, out _), "kiss-o'-death");
        Assert.IsFalse(SntpPacket.TryRead(ServerAnswer(77, now, now, first: 0x23), SntpPacket.Length, 77, out _, out _), "a client packet");
        Assert.IsFalse(SntpPacket.TryRead(ServerAnswer(77, now, now), 47, 77, out _, out _), "short");
    }

    [TestMethod]
    public void NtpTimestamps_RoundTripAcrossTheEra()
    {
        var before = new DateTime(2036, 2, 7, 6, 28, 15, DateTimeKind.Utc);
        var after = new DateTime(2036, 2, 7, 6, 28, 17, 500, DateTimeKind.Utc);

        Assert.AreEqual(before, SntpPacket.ToUtc(SntpPacket.FromUtc(before)));
        Assert.AreEqual(after.Ticks, SntpPacket.ToUtc(SntpPacket.FromUtc(after)).Ticks, 10);
        Assert.IsLessThan(0x80000000UL, SntpPacket.FromUtc(after) >> 32, "era 1 starts again from 0");
    }
}
