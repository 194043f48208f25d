using System;

namespace BwcFirmware.Drivers.Host.Link
{
    /// <summary>
    /// One direction of a link as a schedule, in microseconds of any clock: bytes queue for the bottleneck,
    /// leave it at the link's rate, one after the other, and arrive half a round trip later; a lost packet
    /// holds itself and everything behind it for one more round trip (TCP delivers in order). Shared by all
    /// connections over the link, so two uploads at once share its rate. Pure arithmetic: the tests check the
    /// model without a clock.
    /// </summary>
    public sealed class LinkLane
    {
        private readonly LinkShape _shape;
        private readonly Random _loss;
        private readonly object _gate = new object();
        private double _busyUntilUs;

        /// <summary>Creates the lane; <paramref name="seed"/> decides which packets are lost.</summary>
        public LinkLane(LinkShape shape, int seed)
        {
            _shape = shape ?? throw new ArgumentNullException(nameof(shape));
            _loss = new Random(seed);
        }

        /// <summary>Packets lost so far.</summary>
        public long PacketsLost { get; private set; }

        /// <summary>
        /// <paramref name="bytes"/> reach the link at <paramref name="arrivalUs"/>; returns when their last byte
        /// has left the bottleneck (<paramref name="sentUs"/>) and when it reaches the far end (the result).
        /// </summary>
        public long Admit(long arrivalUs, int bytes, out long sentUs)
        {
            lock (_gate)
            {
                double start = Math.Max(arrivalUs, _busyUntilUs);
                double finish = start + (bytes * 1e6 / _shape.BytesPerSecond);
                if (_shape.LossPercent > 0)
                {
                    int packets = (bytes + LinkShape.PacketBytes - 1) / LinkShape.PacketBytes;
                    for (int i = 0; i < packets; i++)
                    {
                        if (_loss.NextDouble() * 100 < _shape.LossPercent)
                        {
                            PacketsLost++;
                            finish += _shape.RoundTripMs * 1000;
                        }
                    }
                }

                _busyUntilUs = finish;
                sentUs = (long)Math.Ceiling(finish);
                return (long)Math.Ceiling(finish + (_shape.RoundTripMs * 500));
            }
        }

        /// <summary>Bytes waiting for the bottleneck at <paramref name="nowUs"/> (what the link's queue holds).</summary>
        public long QueuedBytes(long nowUs)
        {
            lock (_gate)
            {
                return (long)Math.Max(0, (_busyUntilUs - nowUs) * _shape.BytesPerSecond / 1e6);
            }
        }
    }
}
