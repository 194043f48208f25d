using System;

namespace BwcFirmware.Shared.Time
{
    /// <summary>
    /// SNTP (RFC 4330) packets for asking the station the time; the device adapter sends and receives the UDP
    /// datagrams. The device has no UTC to put in its request, so the transmit timestamp carries a nonce that
    /// the server echoes back as the originate timestamp, tying the answer to the question.
    /// </summary>
    public static class SntpPacket
    {
        /// <summary>Bytes in a request and in the shortest valid answer.</summary>
        public const int Length = 48;

        private const long TicksPerSecond = 10000000;
        private const long EraSeconds = 4294967296;
        private static readonly long s_ntpEpochTicks = new DateTime(1900, 1, 1, 0, 0, 0).Ticks;

        /// <summary>Writes a client request (version 4, mode 3) carrying <paramref name="nonce"/> into <paramref name="packet"/>.</summary>
        public static void WriteRequest(byte[] packet, ulong nonce)
        {
            if (packet == null || packet.Length < Length)
            {
                throw new ArgumentException("packet");
            }

            Array.Clear(packet, 0, Length);
            packet[0] = 0x23;
            WriteUInt64(packet, 40, nonce);
        }

        /// <summary>
        /// Reads a server answer to the request that carried <paramref name="nonce"/>. False when it is short, not a
        /// server answer, from an unsynchronised server, or not the answer to that request.
        /// </summary>
        public static bool TryRead(byte[] packet, int count, ulong nonce, out DateTime serverReceiveUtc, out DateTime serverTransmitUtc)
        {
            serverReceiveUtc = DateTime.MinValue;
            serverTransmitUtc = DateTime.MinValue;
            if (packet == null || count < Length || packet.Length < count)
            {
                return false;
            }

            int leap = packet[0] >> 6;
            int version = (packet[0] >> 3) & 0x07;
            int mode = packet[0] & 0x07;
            int stratum = packet[1];
            if (leap == 3 || mode != 4 || version < 3 || version > 4 || stratum < 1 || stratum > 15)
            {
                return false;
            }

            ulong originate = ReadUInt64(packet, 24);
            ulong receive = ReadUInt64(packet, 32);
            ulong transmit = ReadUInt64(packet, 40);
            if (originate != nonce || transmit == 0 || receive == 0)
            {
                return false;
            }

            serverReceiveUtc = ToUtc(receive);
            serverTransmitUtc = ToUtc(transmit);
            return true;
        }

        /// <summary>
        /// UTC at the moment the answer arrived (monotonic <paramref name="receivedMs"/>), from the server's times
        /// and the request's monotonic send time: the server's transmit time plus half the network round trip.
        /// </summary>
        public static DateTime UtcAtReceipt(long sentMs, long receivedMs, DateTime serverReceiveUtc, DateTime serverTransmitUtc)
        {
            long serverHoldTicks = serverTransmitUtc.Ticks - serverReceiveUtc.Ticks;
            long roundTripTicks = ((receivedMs - sentMs) * 10000) - serverHoldTicks;
            if (roundTripTicks < 0)
            {
                roundTripTicks = 0;
            }

            return new DateTime(serverTransmitUtc.Ticks + (roundTripTicks / 2), DateTimeKind.Utc);
        }

        /// <summary>An NTP timestamp (seconds since 1900 and a 32-bit fraction) as UTC; era 1 (from 2036) when the top bit is clear.</summary>
        public static DateTime ToUtc(ulong timestamp)
        {
            long seconds = (long)(timestamp >> 32);
            long fraction = (long)(timestamp & 0xFFFFFFFF);
            if (seconds < 0x80000000L)
            {
                seconds += EraSeconds;
            }

            long ticks = s_ntpEpochTicks + (seconds * TicksPerSecond) + ((fraction * TicksPerSecond) >> 32);
            return new DateTime(ticks, DateTimeKind.Utc);
        }

        /// <summary>UTC as an NTP timestamp (for tests and the reference station).</summary>
        public static ulong FromUtc(DateTime utc)
        {
            long ticks = utc.Ticks - s_ntpEpochTicks;
            long seconds = ticks / TicksPerSecond;
            long rest = ticks - (seconds * TicksPerSecond);
            ulong fraction = (ulong)((rest << 32) / TicksPerSecond);
            return ((ulong)(seconds % EraSeconds) << 32) | fraction;
        }

        private static ulong ReadUInt64(byte[] packet, int offset)
        {
            ulong value = 0;
            for (int i = 0; i < 8; i++)
            {
                value = (value << 8) | packet[offset + i];
            }

            return value;
        }

        private static void WriteUInt64(byte[] packet, int offset, ulong value)
        {
            for (int i = 7; i >= 0; i--)
            {
                packet[offset + i] = (byte)(value & 0xFF);
                value >>= 8;
            }
        }
    }
}
