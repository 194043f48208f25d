using System.Buffers.Binary;
using System.Text;
using BwcFirmware.Shared.Card;
using BwcFirmware.Tests.Card;

namespace BwcFirmware.Tests.Media;

/// <summary>A chunk as read back from the card: its frames' data (in file order) and its audio.</summary>
internal sealed record ChunkContent(string Path, List<byte[]> Frames, byte[] Audio, int EmptySlots);

/// <summary>
/// Reads clips back for checks, independently of the writer: walks RIFF to the movi list and takes the media
/// chunks in file order, and checks that idx1 lists exactly those chunks.
/// </summary>
internal static class CardClips
{
    public static List<int> Clips(ICardFileSystem card) =>
        card.DirectoryExists(CardLayout.ClipsDirectory)
            ? card.ListDirectories(CardLayout.ClipsDirectory).Select(CardLayout.ParseSequence).ToList()
            : new List<int>();

    public static List<string> ChunkPaths(ICardFileSystem card, int clip) =>
        card.ListFiles(CardLayout.ClipDirectory(clip)).Where(n => n.EndsWith(".avi", StringComparison.Ordinal))
            .Select(n => CardLayout.ClipDirectory(clip) + "/" + n).ToList();

    public static ChunkContent Read(ICardFileSystem card, string path)
    {
        byte[] file = CardBytes.ReadAll(card, path);
        Assert.AreEqual("RIFF", Fourcc(file, 0), path);
        Assert.AreEqual((uint)(file.Length - 8), U32(file, 4), path + ": RIFF size");
        var frames = new List<byte[]>();
        var audio = new MemoryStream();
        int empty = 0;
        int mediaChunks = 0;
        int indexEntries = -1;
        long at = 12;
        while (at + 8 <= file.Length)
        {
            string id = Fourcc(file, at);
            uint size = U32(file, at + 4);
            if (id == "LIST" && Fourcc(file, at + 8) == "movi")
            {
                long end = at + 8 + size;
                long c = at + 12;
                while (c + 8 <= end)
                {
                    string cid = Fourcc(file, c);
                    uint csize = U32(file, c + 4);
                    if (cid == "00dc")
                    {
                        mediaChunks++;
                        if (csize == 0)
                        {
                            empty++;
                        }
                        else
                        {
                            frames.Add(file.AsSpan((int)c + 8, (int)csize).ToArray());
                        }
                    }
                    else if (cid == "01wb")
                    {
                        mediaChunks++;
                        audio.Write(file, (int)c + 8, (int)csize);
                    }

                    c += 8 + csize + (csize & 1);
                }
            }
            else if (id == "idx1")
            {
                indexEntries = (int)(size / 16);
            }

            at += 8 + size + (size & 1);
        }

        Assert.AreEqual(mediaChunks, indexEntries, path + ": idx1 lists every media chunk");
        return new ChunkContent(path, frames, audio.ToArray(), empty);
    }

    public static string Manifest(ICardFileSystem card, int clip) =>
        Encoding.UTF8.GetString(CardBytes.ReadAll(card, CardLayout.ClipManifest(clip)));

    private static string Fourcc(byte[] file, long at) => Encoding.ASCII.GetString(file, (int)at, 4);

    private static uint U32(byte[] file, long at) => BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan((int)at, 4));
}
