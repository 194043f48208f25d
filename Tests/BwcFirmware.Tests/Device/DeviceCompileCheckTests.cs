using System.Reflection;
using System.Text.RegularExpressions;
using BwcFirmware.Tests.DeviceProfile;

namespace BwcFirmware.Tests.Device;

/// <summary>
/// The device-only code compiles in CI against nanoFramework's real mscorlib and the reference declarations in
/// Tests/NanoFrameworkReferences (the build fails on any member they lack). These tests keep that check honest:
/// every device source file is in it, every declaration names the package and version it mirrors, declares
/// nothing nanoCLR could not load, and has no behaviour of its own.
/// </summary>
[TestClass]
public sealed partial class DeviceCompileCheckTests
{
    private static readonly string[] s_checkedFolders = ["Drivers/Esp32", "Drivers/Esp32Camera", "Drivers/NativeMediaInterop", "Drivers/NativeMediaEngine", "Firmware/Device", "Tests/DeviceTests", "Tests/NativeMediaInterop"];

    private static string DeclarationsFolder => RepositoryFiles.PathOf("Tests/NanoFrameworkReferences");

    private static string BuildOutput(string file)
    {
        var metadata = typeof(DeviceCompileCheckTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .ToDictionary(a => a.Key, a => a.Value);
        string configuration = metadata["DeviceProfilePivot"]!.Split('_')[0];
        string path = Path.Combine(metadata["DeviceProfileBin"]!, "BwcFirmware.DeviceCompileCheck", configuration, file);
        Assert.IsTrue(File.Exists(path), "compile check output missing: " + path);
        return path;
    }

    [TestMethod]
    public void CompileCheck_CompilesEveryDeviceSourceFile()
    {
        var compiled = File.ReadAllLines(BuildOutput("checked-sources.txt"))
            .Select(f => Path.GetRelativePath(RepositoryFiles.Root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToHashSet(StringComparer.Ordinal);
        var sources = s_checkedFolders.SelectMany(folder =>
                Directory.EnumerateFiles(RepositoryFiles.PathOf(folder), "*.cs", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(RepositoryFiles.Root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj" or "Properties"))
            .ToList();

        var notCompiled = sources.Where(f => !compiled.Contains(f)).ToList();

        Assert.IsTrue(sources.Count > 10, "too few device sources found: " + sources.Count);
        Assert.AreEqual(0, notCompiled.Count, "not compiled by the device compile check:\n" + string.Join("\n", notCompiled));
    }

    [TestMethod]
    public void CompileCheck_DeclaresNothingNanoClrCannotLoad()
    {
        IReadOnlyList<string> findings = DeviceProfileInspector.Inspect(
            BuildOutput("BwcFirmware.DeviceCompileCheck.dll"), ["BwcFirmware.Shared", "BwcFirmware.Drivers"]);

        Assert.AreEqual(0, findings.Count, "device code or declarations would fail on nanoCLR:\n" + string.Join("\n", findings));
    }

    [TestMethod]
    public void Declarations_NameThePackageAndVersionTheyMirror()
    {
        foreach (string file in Directory.GetFiles(DeclarationsFolder, "*.cs"))
        {
            Match header = MirrorsHeader().Match(File.ReadLines(file).First());

            Assert.IsTrue(header.Success, Path.GetFileName(file) + " must start with \"// Mirrors <package> <version>\"");
            string id = header.Groups["id"].Value;
            Assert.IsTrue(DeviceProjectFiles.PackageSet.TryGetValue(id, out string? version), $"{Path.GetFileName(file)}: {id} is not in the package set");
            Assert.AreEqual(version, header.Groups["version"].Value, Path.GetFileName(file));
        }
    }

    [TestMethod]
    public void Declarations_OnlyThrow()
    {
        foreach (string file in Directory.GetFiles(DeclarationsFolder, "*.cs"))
        {
            string[] lines = File.ReadAllLines(file);
            var behaviour = lines.Select((line, index) => (line, number: index + 1))
                .Where(l => !l.line.TrimStart().StartsWith("//", StringComparison.Ordinal))
                .Where(l => (l.line.Contains("=>", StringComparison.Ordinal) && !l.line.Contains("throw new NotImplementedException()", StringComparison.Ordinal)
                                 && !l.line.Contains("throw new global::System.NotImplementedException()", StringComparison.Ordinal))
                             || l.line.Contains("return ", StringComparison.Ordinal))
                .Select(l => $"{Path.GetFileName(file)}:{l.number}: {l.line.Trim()}")
                .ToList();

            Assert.AreEqual(0, behaviour.Count, "declarations must only throw:\n" + string.Join("\n", behaviour));
        }
    }

    [TestMethod]
    public void Declarations_CoverOnlyPackagesTheDeviceProjectsReference()
    {
        var referenced = DeviceProjectFiles.Projects.SelectMany(p => DeviceProjectFiles.Packages(p).Keys).ToHashSet();

        foreach (string file in Directory.GetFiles(DeclarationsFolder, "*.cs"))
        {
            string id = MirrorsHeader().Match(File.ReadLines(file).First()).Groups["id"].Value;
            Assert.IsTrue(referenced.Contains(id), $"{Path.GetFileName(file)} mirrors {id}, which no .nfproj's packages.config names");
        }
    }

    [GeneratedRegex(@"^// Mirrors (?<id>nanoFramework\.[A-Za-z0-9.]+?) (?<version>\d+\.\d+\.\d+) ")]
    private static partial Regex MirrorsHeader();
}
