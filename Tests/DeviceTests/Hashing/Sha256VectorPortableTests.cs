#nullable disable
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#endif
using BwcFirmware.DeviceTests.Fakes;
using BwcFirmware.Shared.Hashing;

// Portable test (see Board/BoardPinMapPortableTests.cs for how it runs on both frameworks).
namespace BwcFirmware.DeviceTests.Hashing
{
    /// <summary>The portable SHA-256 against the FIPS 180-2 test vectors, fed whole and in uneven pieces.</summary>
    [TestClass]
    public sealed class Sha256VectorPortableTests
    {
        private const string Abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        private const string Empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        private const string TwoBlocks = "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
        private const string MillionA = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
        private const string TwoBlocksText = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";

        [TestMethod]
        public void Abc_GivesTheFipsDigest()
        {
            Assert.AreEqual(Abc, Digest(TestBytes.Ascii("abc"), 3));
        }

        [TestMethod]
        public void EmptyInput_GivesTheFipsDigest()
        {
            Assert.AreEqual(Empty, Digest(new byte[0], 1));
        }

        [TestMethod]
        public void FourHundredFortyEightBits_SpanTwoBlocks_AndGiveTheFipsDigest()
        {
            byte[] text = TestBytes.Ascii(TwoBlocksText);

            Assert.AreEqual(448, text.Length * 8);
            Assert.AreEqual(TwoBlocks, Digest(text, text.Length));
            Assert.AreEqual(TwoBlocks, Digest(text, 7));
        }

        [TestMethod]
        public void AMillionLetterA_InPieces_GivesTheFipsDigest()
        {
            byte[] piece = new byte[1000];
            for (int i = 0; i < piece.Length; i++)
            {
                piece[i] = (byte)'a';
            }

            Sha256 sha = new Sha256();
            for (int i = 0; i < 1000; i++)
            {
                sha.Append(piece, 0, piece.Length);
            }

            Assert.AreEqual(MillionA, TestBytes.Finish(sha));
        }

        [TestMethod]
        public void Reset_StartsOverAfterADigest()
        {
            Sha256 sha = new Sha256();
            sha.Append(TestBytes.Ascii("not this"), 0, 8);
            TestBytes.Finish(sha);

            sha.Reset();
            sha.Append(TestBytes.Ascii("abc"), 0, 3);

            Assert.AreEqual(Abc, TestBytes.Finish(sha));
        }

        [TestMethod]
        public void Hex_ParsesWhatItWrote()
        {
            byte[] digest = new byte[32];

            Assert.IsTrue(Hex.TryParse(TwoBlocks, digest, 0, 32));
            Assert.AreEqual(TwoBlocks, Hex.ToLower(digest));
            Assert.IsFalse(Hex.TryParse("zz" + TwoBlocks.Substring(2), digest, 0, 32));
        }

        /// <summary>Hex digest of <paramref name="bytes"/> fed in pieces of <paramref name="pieceBytes"/>.</summary>
        private static string Digest(byte[] bytes, int pieceBytes)
        {
            Sha256 sha = new Sha256();
            for (int offset = 0; offset < bytes.Length; offset += pieceBytes)
            {
                int count = bytes.Length - offset < pieceBytes ? bytes.Length - offset : pieceBytes;
                sha.Append(bytes, offset, count);
            }

            return TestBytes.Finish(sha);
        }
    }
}
