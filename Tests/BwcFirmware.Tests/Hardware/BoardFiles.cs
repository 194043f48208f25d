using BwcFirmware.Drivers.Board;

namespace BwcFirmware.Tests.Hardware;

/// <summary>The board files under hardware/boards, parsed by the same code the device runs.</summary>
internal static class BoardFiles
{
    public static string Folder => RepositoryFiles.PathOf("hardware/boards");

    public static IEnumerable<object[]> Names =>
        Directory.GetFiles(Folder, "*.pins").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    public static BoardPinMap Load(string fileName)
    {
        BoardPinMap map = BoardPinMap.TryParse(File.ReadAllText(Path.Combine(Folder, fileName)), out string problem);
        Assert.IsNotNull(map, fileName + ": " + problem);
        return map;
    }
}
