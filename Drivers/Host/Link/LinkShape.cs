using System;
using System.Globalization;

namespace BwcFirmware.Drivers.Host.Link
{
    /// <summary>
    /// What a modelled link between a camera and the station does to the bytes: a rate per direction, a round
    /// trip, an optional loss and the buffer in front of the bottleneck. Parsed from "20mbit/5ms" (rate, then
    /// round trip, then optionally "/0.1%" loss).
    /// </summary>
    public sealed class LinkShape
    {
        /// <summary>TCP payload of one packet on an Ethernet-sized link: what a loss costs a round trip for.</summary>
        public const int PacketBytes = 1448;

        /// <summary>Creates a shape; <paramref name="lossPercent"/> of packets cost one more round trip each.</summary>
        public LinkShape(long rateBitsPerSecond, double roundTripMs, double lossPercent = 0, int queueBytes = 64 * 1024)
        {
            if (rateBitsPerSecond <= 0 || roundTripMs < 0 || lossPercent < 0 || lossPercent >= 100 || queueBytes < PacketBytes)
            {
                throw new ArgumentOutOfRangeException(nameof(rateBitsPerSecond), "link: rate > 0, round trip >= 0, loss 0-100 %, queue >= one packet");
            }

            RateBitsPerSecond = rateBitsPerSecond;
            RoundTripMs = roundTripMs;
            LossPercent = lossPercent;
            QueueBytes = queueBytes;
        }

        /// <summary>Bits per second in each direction.</summary>
        public long RateBitsPerSecond { get; }

        /// <summary>Round trip in milliseconds: half of it is added to each direction.</summary>
        public double RoundTripMs { get; }

        /// <summary>Per cent of packets lost; each loss delays its packet, and all behind it, by a round trip (a fast retransmit).</summary>
        public double LossPercent { get; }

        /// <summary>Bytes the link buffers in front of its bottleneck before it stops reading from the sender.</summary>
        public int QueueBytes { get; }

        /// <summary>Bytes per second in each direction.</summary>
        public double BytesPerSecond => RateBitsPerSecond / 8.0;

        /// <summary>
        /// Parses "RATE/RTT[/LOSS]": RATE in kbit, mbit or gbit ("20mbit"), RTT in ms ("5ms"), LOSS in per cent
        /// ("0.5%"). False with a one-line reason when the text is not one.
        /// </summary>
        public static bool TryParse(string text, out LinkShape shape, out string problem)
        {
            shape = null;
            problem = null;
            string[] parts = (text ?? string.Empty).Trim().ToLowerInvariant().Split('/');
            if (parts.Length < 2 || parts.Length > 3)
            {
                problem = $"link '{text}': expected RATE/RTT[/LOSS], e.g. 20mbit/5ms or 5mbit/20ms/0.1%";
                return false;
            }

            if (!TryRate(parts[0], out long rate) || rate <= 0)
            {
                problem = $"link '{text}': rate '{parts[0]}' is not like 20mbit, 500kbit or 1gbit";
                return false;
            }

            if (!parts[1].EndsWith("ms", StringComparison.Ordinal)
                || !double.TryParse(parts[1].AsSpan(0, parts[1].Length - 2), NumberStyles.Float, CultureInfo.InvariantCulture, out double rtt) || rtt < 0 || rtt > 10_000)
            {
                problem = $"link '{text}': round trip '{parts[1]}' is not like 5ms";
                return false;
            }

            double loss = 0;
            if (parts.Length == 3 && (!parts[2].EndsWith('%')
                || !double.TryParse(parts[2].AsSpan(0, parts[2].Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out loss) || loss < 0 || loss >= 100))
            {
                problem = $"link '{text}': loss '{parts[2]}' is not like 0.1%";
                return false;
            }

            shape = new LinkShape(rate, rtt, loss);
            return true;
        }

        /// <summary>"20 Mbit/s, 5 ms RTT" (and the loss when there is one).</summary>
        public override string ToString()
        {
            string rate = RateBitsPerSecond >= 1_000_000
                ? (RateBitsPerSecond / 1e6).ToString("0.###", CultureInfo.InvariantCulture) + " Mbit/s"
                : (RateBitsPerSecond / 1e3).ToString("0.###", CultureInfo.InvariantCulture) + " kbit/s";
            string text = rate + ", " + RoundTripMs.ToString("0.###", CultureInfo.InvariantCulture) + " ms RTT";
            return LossPercent > 0 ? text + ", " + LossPercent.ToString("0.###", CultureInfo.InvariantCulture) + " % loss" : text;
        }

        private static bool TryRate(string text, out long bitsPerSecond)
        {
            bitsPerSecond = 0;
            long scale;
            string number;
            if (text.EndsWith("gbit", StringComparison.Ordinal))
            {
                scale = 1_000_000_000;
                number = text[..^4];
            }
            else if (text.EndsWith("mbit", StringComparison.Ordinal))
            {
                scale = 1_000_000;
                number = text[..^4];
            }
            else if (text.EndsWith("kbit", StringComparison.Ordinal))
            {
                scale = 1_000;
                number = text[..^4];
            }
            else
            {
                return false;
            }

            if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || value <= 0 || value * scale > 10e9)
            {
                return false;
            }

            bitsPerSecond = (long)(value * scale);
            return true;
        }
    }
}
