using System.Xml.Linq;

namespace BwcFirmware.Tests.Device;

/// <summary>The Visual Studio device projects (.nfproj) and their packages.config files.</summary>
internal static class DeviceProjectFiles
{
    public static readonly string[] Projects =
    [
        "Shared/BwcFirmware.Shared.nfproj",
        "Drivers/Portable/BwcFirmware.Drivers.nfproj",
        "Drivers/Esp32/BwcFirmware.Drivers.Esp32.nfproj",
        "Firmware/Device/BwcFirmware.Device.nfproj",
        "Tests/DeviceTests/BwcFirmware.DeviceTests.nfproj",
    ];

    public static IEnumerable<object[]> ProjectRows => Projects.Select(p => new object[] { p });

    public static XDocument Load(string project) => XDocument.Load(RepositoryFiles.PathOf(project));

    /// <summary>Values of the Include attribute of every item of <paramref name="itemType"/>.</summary>
    public static List<string> Items(XDocument project, string itemType) =>
        project.Descendants().Where(e => e.Name.LocalName == itemType)
            .Select(e => (string?)e.Attribute("Include") ?? "").ToList();

    /// <summary>Repository-relative, '/'-separated path of an item written relative to its project.</summary>
    public static string Resolve(string project, string include)
    {
        string folder = Path.GetDirectoryName(RepositoryFiles.PathOf(project))!;
        string full = Path.GetFullPath(Path.Combine(folder, include.Replace('\\', Path.DirectorySeparatorChar)));
        return Path.GetRelativePath(RepositoryFiles.Root, full).Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>The C# files in the project's folder and below, without build output.</summary>
    public static List<string> SourcesBeside(string project)
    {
        string folder = Path.GetDirectoryName(RepositoryFiles.PathOf(project))!;
        return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryFiles.Root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>id -> version from the packages.config beside <paramref name="project"/>.</summary>
    public static Dictionary<string, string> Packages(string project)
    {
        string config = Path.Combine(Path.GetDirectoryName(RepositoryFiles.PathOf(project))!, "packages.config");
        return XDocument.Load(config).Descendants("package")
            .ToDictionary(p => (string)p.Attribute("id")!, p => (string)p.Attribute("version")!);
    }
}
