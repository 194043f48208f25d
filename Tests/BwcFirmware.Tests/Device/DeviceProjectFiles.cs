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
        "Drivers/Esp32Camera/BwcFirmware.Camera.nfproj",
        "Drivers/NativeMediaInterop/BwcFirmware.NativeMedia.nfproj",
        "Drivers/NativeMediaEngine/BwcFirmware.NativeMediaEngine.nfproj",
        "Firmware/Device/BwcFirmware.Device.nfproj",
        "Tests/DeviceTests/BwcFirmware.DeviceTests.nfproj",
    ];

    /// <summary>
    /// The package set: the versions nanoframework/Samples' packages.config files pair with
    /// nanoFramework.CoreLibrary 1.17.11 (v1 line; the v2 previews need v2 firmware).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> PackageSet = new Dictionary<string, string>
    {
        ["nanoFramework.CoreLibrary"] = "1.17.11",
        ["nanoFramework.Hardware.Esp32"] = "1.6.40",
        ["nanoFramework.Networking.Sntp"] = "1.6.42",
        ["nanoFramework.Runtime.Events"] = "1.11.37",
        ["nanoFramework.Runtime.Native"] = "1.7.11",
        ["nanoFramework.System.Collections"] = "1.5.75",
        ["nanoFramework.System.Device.Adc"] = "1.1.24",
        ["nanoFramework.System.Device.Gpio"] = "1.1.62",
        ["nanoFramework.System.Device.I2s"] = "1.0.28",
        ["nanoFramework.System.Device.Wifi"] = "1.5.149",
        ["nanoFramework.System.IO.FileSystem"] = "1.1.93",
        ["nanoFramework.System.IO.Streams"] = "1.1.96",
        ["nanoFramework.System.Net"] = "1.11.60",
        ["nanoFramework.System.Net.Http"] = "1.5.210",
        ["nanoFramework.System.Text"] = "1.3.42",
        ["nanoFramework.System.Threading"] = "1.1.52",
        ["nanoFramework.TestFramework"] = "3.0.80",
    };

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
