using System.Text.RegularExpressions;

namespace BwcFirmware.Tests.Device;

/// <summary>
/// The .nfproj files are built only by Visual Studio, never here, so their hand-kept lists are checked here:
/// every C# file beside a project is compiled by it, every reference comes from its packages.config, and the
/// package set is the one chosen for nanoFramework.CoreLibrary 1.17.11 (hardware/flashing.md says where from).
/// </summary>
[TestClass]
public sealed partial class DeviceProjectTests
{
    private const string NanoFrameworkProjectType = "{11A8DD76-328B-46DF-9F39-F559912D0360}";

    /// <summary>The package set (from nanoframework/Samples' packages.config files on CoreLibrary 1.17.11).</summary>
    private static readonly Dictionary<string, string> s_packageSet = new()
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

    [TestMethod]
    [DynamicData(nameof(DeviceProjectFiles.ProjectRows), typeof(DeviceProjectFiles))]
    public void DeviceProject_CompilesExactlyTheSourcesBesideIt(string project)
    {
        var listed = DeviceProjectFiles.Items(DeviceProjectFiles.Load(project), "Compile")
            .Select(i => DeviceProjectFiles.Resolve(project, i)).ToHashSet(StringComparer.Ordinal);
        List<string> onDisk = DeviceProjectFiles.SourcesBeside(project);

        string folder = Path.GetDirectoryName(project)!.Replace('\\', '/') + "/";
        var missing = onDisk.Where(f => !listed.Contains(f))
            .Select(f => $"    <Compile Include=\"{f[folder.Length..].Replace('/', '\\')}\" />").ToList();
        var stale = listed.Where(f => !File.Exists(RepositoryFiles.PathOf(f))).Order(StringComparer.Ordinal).ToList();

        Assert.AreEqual(0, missing.Count, $"{project} lacks (add these lines):\n{string.Join("\n", missing)}");
        Assert.AreEqual(0, stale.Count, $"{project} lists files that do not exist:\n{string.Join("\n", stale)}");
    }

    [TestMethod]
    [DynamicData(nameof(DeviceProjectFiles.ProjectRows), typeof(DeviceProjectFiles))]
    public void DeviceProject_ReferencesOnlyItsPackagesAtTheChosenVersions(string project)
    {
        Dictionary<string, string> config = DeviceProjectFiles.Packages(project);
        var hintPaths = DeviceProjectFiles.Load(project).Descendants().Where(e => e.Name.LocalName == "HintPath").Select(e => e.Value).ToList();

        foreach (var (id, version) in config)
        {
            Assert.IsTrue(s_packageSet.TryGetValue(id, out string? chosen), $"{project}: {id} is outside the package set");
            Assert.AreEqual(chosen, version, $"{project}: {id}");
        }

        foreach (string hintPath in hintPaths)
        {
            Match match = PackageFolder().Match(hintPath);
            Assert.IsTrue(match.Success, $"{project}: hint path outside packages: {hintPath}");
            string id = match.Groups["id"].Value;
            Assert.IsTrue(config.TryGetValue(id, out string? version), $"{project}: {id} referenced but not in packages.config");
            Assert.AreEqual(version, match.Groups["version"].Value, $"{project}: {hintPath}");
        }

        var referenced = hintPaths.Select(h => PackageFolder().Match(h).Groups["id"].Value).ToHashSet();
        var unused = config.Keys.Where(id => !referenced.Contains(id)).ToList();
        Assert.AreEqual(0, unused.Count, $"{project}: packages.config names packages no reference uses: {string.Join(", ", unused)}");
    }

    [TestMethod]
    public void PackageSet_UsesTheCoreLibraryOfTheDeviceProfileBuild()
    {
        string props = File.ReadAllText(RepositoryFiles.PathOf("Shared/DeviceProfile.props"));

        StringAssert.Contains(props, $"Include=\"nanoFramework.CoreLibrary\" Version=\"{s_packageSet["nanoFramework.CoreLibrary"]}\"");
    }

    [TestMethod]
    public void Solution_ListsEveryDeviceProjectAsNanoFrameworkAndTheHostFilterNone()
    {
        string solution = File.ReadAllText(RepositoryFiles.PathOf("BwcFirmware.sln"));
        string filter = File.ReadAllText(RepositoryFiles.PathOf("BwcFirmware.Host.slnf"));

        foreach (string project in DeviceProjectFiles.Projects)
        {
            string windowsPath = project.Replace('/', '\\');
            StringAssert.Contains(solution, $"Project(\"{NanoFrameworkProjectType}\") = ", project);
            Assert.IsTrue(solution.Contains($"\"{windowsPath}\"", StringComparison.Ordinal), $"{project} is not in BwcFirmware.sln");
            Assert.IsFalse(filter.Contains(Path.GetFileName(project), StringComparison.Ordinal), $"{project} must stay out of the host filter");
        }
    }

    [GeneratedRegex(@"packages\\(?<id>[A-Za-z0-9.]+?)\.(?<version>\d+\.\d+\.\d+)\\lib\\")]
    private static partial Regex PackageFolder();
}
