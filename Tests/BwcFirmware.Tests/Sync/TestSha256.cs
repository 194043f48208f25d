using System.Security.Cryptography;
using BwcFirmware.Shared.Hashing;

namespace BwcFirmware.Tests.Sync;

/// <summary>ISha256 on .NET's own SHA-256, the independent reference for the sync tests.</summary>
internal sealed class TestSha256 : ISha256
{
    private IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public int AppendedBytes { get; private set; }

    public static string HexOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public void Reset()
    {
        _hash.Dispose();
        _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    }

    public void Append(byte[] buffer, int offset, int count)
    {
        _hash.AppendData(buffer, offset, count);
        AppendedBytes += count;
    }

    public void Finish(byte[] digest, int offset)
    {
        byte[] result = _hash.GetHashAndReset();
        Array.Copy(result, 0, digest, offset, result.Length);
    }
}
