using System;
using System.Security.Cryptography;
using BwcFirmware.Shared.Hashing;

namespace BwcFirmware.Drivers.Host.Hashing
{
    /// <summary>
    /// SHA-256 over .NET's native <see cref="IncrementalHash"/>: on the host it stands in for the device's
    /// native hash, so the simulator and benchmarks hash video at the speed a native hash would.
    /// </summary>
    public sealed class HostSha256 : ISha256, IDisposable
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        /// <inheritdoc />
        public void Reset()
        {
            // IncrementalHash has no reset of its own; reading the hash and dropping it starts over.
            Span<byte> discard = stackalloc byte[32];
            _hash.GetHashAndReset(discard);
        }

        /// <inheritdoc />
        public void Append(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            _hash.AppendData(buffer, offset, count);
        }

        /// <inheritdoc />
        public void Finish(byte[] digest, int offset)
        {
            ArgumentNullException.ThrowIfNull(digest);
            if (offset < 0 || offset > digest.Length - 32)
            {
                throw new ArgumentOutOfRangeException(nameof(offset));
            }

            _hash.GetHashAndReset(digest.AsSpan(offset, 32));
        }

        /// <summary>Releases the native hash.</summary>
        public void Dispose()
        {
            _hash.Dispose();
        }
    }
}
