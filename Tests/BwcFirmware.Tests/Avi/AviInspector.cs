using System.Buffers.Binary;
using System.Text;

namespace BwcFirmware.Tests.Avi;

/// <summary>A media chunk found in a file: its id ("00dc", "01wb"), where its header starts, and its data.</summary>
internal sealed record AviChunk(string Id, long Position, byte[] Data);

/// <summary>
/// An independent reader of the files under test, written from the AVI reference rather than from the code
/// it checks: walks RIFF, follows idx1 and checks each entry against the chunk it points at.
/// </summary>
internal static class AviInspector
{
    public static string Fourcc(byte[] file, long at) => Encoding.ASCII.GetString(file, (int)at, 4);

    public static uint U32(byte[] file, long at) => BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan((int)at, 4));

    /// <summary>The media chunks as the idx1 lists them, each checked against the bytes at its offset.</summary>
    public static List<AviChunk> ReadIndexed(byte[] file)
    {
        Assert.AreEqual("RIFF", Fourcc(file, 0));
        Assert.AreEqual((uint)(file.Length - 8), U32(file, 4), "RIFF size");
        Assert.AreEqual("AVI ", Fourcc(file, 8));

        long movi = -1;
        long idx1 = -1;
        long at = 12;
        while (at + 8 <= file.Length)
        {
            string id = Fourcc(file, at);
            uint size = U32(file, at + 4);
            if (id == "LIST" && Fourcc(file, at + 8) == "movi")
            {
                movi = at + 8;
            }
            else if (id == "idx1")
            {
                idx1 = at;
            }

            at += 8 + size + (size & 1);
        }

        Assert.AreEqual((long)file.Length, at, "top-level chunks must tile the file exactly");
        Assert.IsTrue(movi > 0, "no movi LIST");
        Assert.IsTrue(idx1 > 0, "no idx1");

        var chunks = new List<AviChunk>();
        uint idx1Size = U32(file, idx1 + 4);
        Assert.AreEqual(0u, idx1Size % 16);
        long moviEnd = movi - 4 + 8 + U32(file, movi - 4);
        for (long e = idx1 + 8; e < idx1 + 8 + idx1Size; e += 16)
        {
            string id = Fourcc(file, e);
            uint flags = U32(file, e + 4);
            long position = movi + U32(file, e + 8);
            uint size = U32(file, e + 12);
            Assert.AreEqual(id, Fourcc(file, position), "idx1 entry points at another chunk");
            Assert.AreEqual(size, U32(file, position + 4), "idx1 size differs from the chunk's");
            Assert.IsTrue(position + 8 + size <= moviEnd, "indexed chunk outside movi");
            Assert.AreEqual(0L, position % 2, "chunks start on even offsets");
            Assert.AreEqual(size > 0 ? 0x10u : 0u, flags & 0x10, "keyframe flag");
            chunks.Add(new AviChunk(id, position, file.AsSpan((int)position + 8, (int)size).ToArray()));
        }

        return chunks;
    }

    /// <summary>Header numbers: avih total frames, video strh length, audio strh length (-1 without audio).</summary>
    public static (uint TotalFrames, uint VideoLength, long AudioLength) HeaderCounts(byte[] file)
    {
        uint total = U32(file, 32 + 16);
        long video = -1;
        long audio = -1;
        for (int at = 0; at + 8 < 1024 && at + 8 < file.Length; at++)
        {
            if (Fourcc(file, at) == "strh")
            {
                string type = Fourcc(file, at + 8);
                if (type == "vids")
                {
                    video = U32(file, at + 8 + 32);
                }
                else if (type == "auds")
                {
                    audio = U32(file, at + 8 + 32);
                }
            }
        }

        return (total, (uint)video, audio);
    }
}
