using BwcFirmware.Shared.Card;

namespace BwcFirmware.Tests.Card;

/// <summary>Small helpers to put bytes on a card and read them back whole.</summary>
internal static class CardBytes
{
    public static byte[] Pattern(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static byte[] ReadAll(ICardFileSystem card, string path)
    {
        var result = new MemoryStream();
        var buffer = new byte[1000];
        long position = 0;
        int read;
        while ((read = card.Read(path, position, buffer, 0, buffer.Length)) > 0)
        {
            result.Write(buffer, 0, read);
            position += read;
        }

        return result.ToArray();
    }

    public static void Put(ICardFileSystem card, string path, byte[] bytes)
    {
        using ICardFile file = card.Create(path);
        file.Write(bytes, 0, bytes.Length);
        file.Flush();
    }
}
