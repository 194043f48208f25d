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
            Assert.IsTrue(DeviceProjectFiles.PackageSet.TryGetValue(id, out string? chosen), $"{project}: {id} is outside the package set");
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
    public void DeviceTests_AreNamedNFUnitTest_TheAssemblyTheStockLauncherLoads()
    {
        // nanoFramework.UnitTestLauncher does Assembly.Load("NFUnitTest"): under any other name no test runs, silently.
        string name = DeviceProjectFiles.Load("Tests/DeviceTests/BwcFirmware.DeviceTests.nfproj").Descendants()
            .Single(e => e.Name.LocalName == "AssemblyName").Value;

        Assert.AreEqual("NFUnitTest", name);
    }

    [TestMethod]
    public void PackageSet_UsesTheCoreLibraryOfTheDeviceProfileBuild()
    {
        string props = File.ReadAllText(RepositoryFiles.PathOf("Shared/DeviceProfile.props"));

        StringAssert.Contains(props, $"Include=\"nanoFramework.CoreLibrary\" Version=\"{DeviceProjectFiles.PackageSet["nanoFramework.CoreLibrary"]}\"");
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
