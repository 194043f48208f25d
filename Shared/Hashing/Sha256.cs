using System;

namespace BwcFirmware.Shared.Hashing
{
    /// <summary>
    /// SHA-256 (FIPS 180-4) in portable code, for the device where mscorlib has no cryptography.
    /// Streaming: <see cref="Append"/> takes any split of the input and allocates nothing; all state is
    /// allocated once in the constructor.
    /// </summary>
    /// <remarks>
    /// On nanoFramework's interpreter this is too slow for the video path (README's performance table); on the
    /// device the native media path hashes chunks with mbedTLS, and a native hash can sit behind <see cref="ISha256"/>. This one serves the audit log, manifests and the
    /// simulator, and is the reference the native one is checked against.
    /// </remarks>
    public sealed class Sha256 : ISha256
    {
        /// <summary>Length of a digest in bytes.</summary>
        public const int DigestBytes = 32;

        private const int BlockBytes = 64;

        private static readonly uint[] s_roundConstants =
        {
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
        };

        private readonly uint[] _state = new uint[8];
        private readonly uint[] _schedule = new uint[64];
        private readonly byte[] _pending = new byte[BlockBytes];
        private int _pendingCount;
        private ulong _totalBytes;

        /// <summary>Creates a hash ready for input.</summary>
        public Sha256()
        {
            Reset();
        }

        /// <inheritdoc />
        public void Reset()
        {
            _state[0] = 0x6a09e667;
            _state[1] = 0xbb67ae85;
            _state[2] = 0x3c6ef372;
            _state[3] = 0xa54ff53a;
            _state[4] = 0x510e527f;
            _state[5] = 0x9b05688c;
            _state[6] = 0x1f83d9ab;
            _state[7] = 0x5be0cd19;
            _pendingCount = 0;
            _totalBytes = 0;
        }

        /// <inheritdoc />
        public void Append(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(nameof(buffer));
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            _totalBytes += (ulong)count;

            if (_pendingCount > 0)
            {
                int take = BlockBytes - _pendingCount;
                if (take > count)
                {
                    take = count;
                }

                Array.Copy(buffer, offset, _pending, _pendingCount, take);
                _pendingCount += take;
                offset += take;
                count -= take;
                if (_pendingCount < BlockBytes)
                {
                    return;
                }

                Compress(_pending, 0);
                _pendingCount = 0;
            }

            // Whole blocks straight from the caller's buffer: no copy.
            while (count >= BlockBytes)
            {
                Compress(buffer, offset);
                offset += BlockBytes;
                count -= BlockBytes;
            }

            if (count > 0)
            {
                Array.Copy(buffer, offset, _pending, 0, count);
                _pendingCount = count;
            }
        }

        /// <inheritdoc />
        public void Finish(byte[] digest, int offset)
        {
            if (digest == null)
            {
                throw new ArgumentNullException(nameof(digest));
            }

            if (offset < 0 || offset > digest.Length - DigestBytes)
            {
                throw new ArgumentOutOfRangeException(nameof(offset));
            }

            ulong bitLength = _totalBytes << 3;

            _pending[_pendingCount++] = 0x80;
            if (_pendingCount > BlockBytes - 8)
            {
                Array.Clear(_pending, _pendingCount, BlockBytes - _pendingCount);
                Compress(_pending, 0);
                _pendingCount = 0;
            }

            Array.Clear(_pending, _pendingCount, BlockBytes - 8 - _pendingCount);
            for (int i = 0; i < 8; i++)
            {
                _pending[BlockBytes - 1 - i] = (byte)(bitLength >> (8 * i));
            }

            Compress(_pending, 0);

            for (int i = 0; i < 8; i++)
            {
                uint word = _state[i];
                int at = offset + (i * 4);
                digest[at] = (byte)(word >> 24);
                digest[at + 1] = (byte)(word >> 16);
                digest[at + 2] = (byte)(word >> 8);
                digest[at + 3] = (byte)word;
            }

            Reset();
        }

        private void Compress(byte[] block, int offset)
        {
            uint[] w = _schedule;
            for (int i = 0; i < 16; i++)
            {
                int at = offset + (i * 4);
                w[i] = ((uint)block[at] << 24) | ((uint)block[at + 1] << 16) | ((uint)block[at + 2] << 8) | block[at + 3];
            }

            for (int i = 16; i < 64; i++)
            {
                uint w15 = w[i - 15];
                uint w2 = w[i - 2];
                uint s0 = ((w15 >> 7) | (w15 << 25)) ^ ((w15 >> 18) | (w15 << 14)) ^ (w15 >> 3);
                uint s1 = ((w2 >> 17) | (w2 << 15)) ^ ((w2 >> 19) | (w2 << 13)) ^ (w2 >> 10);
                w[i] = unchecked(w[i - 16] + s0 + w[i - 7] + s1);
            }

            uint a = _state[0];
            uint b = _state[1];
            uint c = _state[2];
            uint d = _state[3];
            uint e = _state[4];
            uint f = _state[5];
            uint g = _state[6];
            uint h = _state[7];
            uint[] k = s_roundConstants;

            for (int i = 0; i < 64; i++)
            {
                uint sum1 = ((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21)) ^ ((e >> 25) | (e << 7));
                uint choose = (e & f) ^ (~e & g);
                uint t1 = unchecked(h + sum1 + choose + k[i] + w[i]);
                uint sum0 = ((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^ ((a >> 22) | (a << 10));
                uint majority = (a & b) ^ (a & c) ^ (b & c);
                uint t2 = unchecked(sum0 + majority);
                h = g;
                g = f;
                f = e;
                e = unchecked(d + t1);
                d = c;
                c = b;
                b = a;
                a = unchecked(t1 + t2);
            }

            _state[0] = unchecked(_state[0] + a);
            _state[1] = unchecked(_state[1] + b);
            _state[2] = unchecked(_state[2] + c);
            _state[3] = unchecked(_state[3] + d);
            _state[4] = unchecked(_state[4] + e);
            _state[5] = unchecked(_state[5] + f);
            _state[6] = unchecked(_state[6] + g);
            _state[7] = unchecked(_state[7] + h);
        }
    }
}
