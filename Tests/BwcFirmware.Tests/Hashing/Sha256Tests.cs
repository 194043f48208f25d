using System.Security.Cryptography;
using System.Text;
using BwcFirmware.Drivers.Host.Hashing;
using BwcFirmware.Shared.Hashing;

namespace BwcFirmware.Tests.Hashing;

/// <summary>Both SHA-256 implementations (portable and host-native) against .NET's own SHA-256.</summary>
[TestClass]
public sealed class Sha256Tests
{
    private static ISha256 Create(string implementation)
    {
        return implementation switch
        {
            "portable" => new Sha256(),
            "host" => new HostSha256(),
            _ => throw new ArgumentException(implementation),
        };
    }

    private static string Digest(ISha256 hash)
    {
        byte[] digest = new byte[32];
        hash.Finish(digest, 0);
        return Convert.ToHexStringLower(digest);
    }

    [TestMethod]
    [DataRow("portable", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [DataRow("portable", "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [DataRow("portable", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    [DataRow("portable", "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu", "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")]
    [DataRow("host", "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public void KnownVectors_GiveThePublishedDigests(string implementation, string message, string expected)
    {
        ISha256 hash = Create(implementation);
        byte[] bytes = Encoding.ASCII.GetBytes(message);

        hash.Append(bytes, 0, bytes.Length);

        Assert.AreEqual(expected, Digest(hash));
    }

    [TestMethod]
    [DataRow("portable")]
    [DataRow("host")]
    public void MillionAs_GivesThePublishedDigest(string implementation)
    {
        ISha256 hash = Create(implementation);
        byte[] block = Encoding.ASCII.GetBytes(new string('a', 1000));

        for (int i = 0; i < 1000; i++)
        {
            hash.Append(block, 0, block.Length);
        }

        Assert.AreEqual("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", Digest(hash));
    }

    [TestMethod]
    [DataRow("portable")]
    [DataRow("host")]
    public void EveryLengthUpTo300_AnySplit_MatchesDotNet(string implementation)
    {
        var random = new Random(4242);
        ISha256 hash = Create(implementation);

        for (int length = 0; length <= 300; length++)
        {
            for (int trial = 0; trial < 4; trial++)
            {
                byte[] data = new byte[length + 10];
                random.NextBytes(data);
                int start = random.Next(0, 10);
                string expected = Convert.ToHexStringLower(SHA256.HashData(data.AsSpan(start, length)));

                AppendInRandomPieces(hash, data, start, length, random);

                Assert.AreEqual(expected, Digest(hash), $"length {length}, trial {trial}");
            }
        }
    }

    [TestMethod]
    [DataRow("portable", 1_000_003)]
    [DataRow("portable", 4 * 1024 * 1024)]
    [DataRow("host", 4 * 1024 * 1024)]
    public void LargeInputs_InRandomPieces_MatchDotNet(string implementation, int length)
    {
        var random = new Random(length);
        byte[] data = new byte[length];
        random.NextBytes(data);
        ISha256 hash = Create(implementation);

        AppendInRandomPieces(hash, data, 0, length, random);

        Assert.AreEqual(Convert.ToHexStringLower(SHA256.HashData(data)), Digest(hash));
    }

    [TestMethod]
    [DataRow("portable")]
    [DataRow("host")]
    public void Finish_StartsOver_AndReset_ForgetsInput(string implementation)
    {
        ISha256 hash = Create(implementation);
        byte[] abc = Encoding.ASCII.GetBytes("abc");
        byte[] noise = Encoding.ASCII.GetBytes("something appended, then forgotten");

        hash.Append(abc, 0, 3);
        string first = Digest(hash);
        hash.Append(noise, 0, noise.Length);
        hash.Reset();
        hash.Append(abc, 0, 3);
        string second = Digest(hash);

        Assert.AreEqual("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", first);
        Assert.AreEqual(first, second);
    }

    [TestMethod]
    [DataRow("portable")]
    [DataRow("host")]
    public void Finish_WritesAtTheGivenOffset_AndNowhereElse(string implementation)
    {
        ISha256 hash = Create(implementation);
        byte[] output = Enumerable.Repeat((byte)0xEE, 40).ToArray();

        hash.Finish(output, 5);

        Assert.IsTrue(output.Take(5).All(b => b == 0xEE));
        Assert.IsTrue(output.Skip(37).All(b => b == 0xEE));
        Assert.AreEqual("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Convert.ToHexStringLower(output, 5, 32));
    }

    [TestMethod]
    public void PortableAppend_AllocatesNothing_InSteadyState()
    {
        var hash = new Sha256();
        byte[] data = new byte[30_000];
        new Random(7).NextBytes(data);
        byte[] digest = new byte[32];
        hash.Append(data, 0, 13);
        hash.Finish(digest, 0);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 50; i++)
        {
            hash.Append(data, 0, 13);
            hash.Append(data, 13, data.Length - 13);
            hash.Finish(digest, 0);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.AreEqual(0L, allocated);
    }

    [TestMethod]
    public void PortableAppend_RejectsRangesOutsideTheBuffer()
    {
        var hash = new Sha256();
        byte[] data = new byte[10];

        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => hash.Append(data, 5, 6));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => hash.Append(data, -1, 2));
        Assert.ThrowsExactly<ArgumentNullException>(() => hash.Append(null!, 0, 0));
    }

    private static void AppendInRandomPieces(ISha256 hash, byte[] data, int start, int length, Random random)
    {
        int done = 0;
        while (done < length)
        {
            // Mostly small pieces around the 64-byte block, sometimes empty, sometimes large.
            int piece = random.Next(4) switch
            {
                0 => 0,
                1 => random.Next(1, 70),
                2 => random.Next(1, 200),
                _ => random.Next(1, 100_000),
            };
            piece = Math.Min(piece, length - done);
            hash.Append(data, start + done, piece);
            done += piece;
        }
    }
}
