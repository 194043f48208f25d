using System.Reflection;

namespace BwcFirmware.Tests.DeviceProfile;

[TestClass]
public sealed class DeviceProfileMetadataTests
{
    private static readonly string[] s_portableAssemblies = { "BwcFirmware.Shared", "BwcFirmware.Drivers" };

    private static string DeviceBuildOf(string assemblyName)
    {
        var metadata = typeof(DeviceProfileMetadataTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .ToDictionary(a => a.Key, a => a.Value);
        string path = Path.Combine(metadata["DeviceProfileBin"]!, assemblyName, metadata["DeviceProfilePivot"]!, assemblyName + ".dll");
        Assert.IsTrue(File.Exists(path), "device-profile build missing: " + path);
        return path;
    }

    [TestMethod]
    [DataRow("BwcFirmware.Shared")]
    [DataRow("BwcFirmware.Drivers")]
    public void DeviceBuild_UsesOnlyWhatNanoClrLoads(string assemblyName)
    {
        IReadOnlyList<string> findings = DeviceProfileInspector.Inspect(DeviceBuildOf(assemblyName), s_portableAssemblies);

        Assert.AreEqual(0, findings.Count, assemblyName + " would fail on nanoCLR:\n" + string.Join("\n", findings));
    }

    [TestMethod]
    [DataRow("BwcFirmware.Shared")]
    [DataRow("BwcFirmware.Drivers")]
    public void DeviceBuild_ReferencesNanoFrameworkMscorlib(string assemblyName)
    {
        using var stream = File.OpenRead(DeviceBuildOf(assemblyName));
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var mscorlib = reader.AssemblyReferences.Select(reader.GetAssemblyReference)
            .Single(r => reader.GetString(r.Name) == "mscorlib");

        // nanoFramework's mscorlib carries its own version line (1.x), unlike the desktop's 4.0.0.0.
        Assert.AreEqual(1, mscorlib.Version.Major, "compiled against the wrong mscorlib: " + mscorlib.Version);
    }

    [TestMethod]
    public void Inspector_NamesEveryShapeNanoClrCannotLoad()
    {
        string testAssembly = typeof(DeviceProfileMetadataTests).Assembly.Location;

        IReadOnlyList<string> findings = DeviceProfileInspector.Inspect(
            testAssembly, new[] { "System.Runtime", "System.Collections", "Microsoft.VisualStudio.TestPlatform.TestFramework", "MSTest.TestFramework" },
            "BwcFirmware.Tests.DeviceProfile.Fixtures");
        string all = string.Join("\n", findings);

        StringAssert.Contains(all, "Fixtures.GenericBox`1::(type): defines a generic type");
        StringAssert.Contains(all, "Fixtures.HoldsGenericMembers::OnLevel: generic instantiation System.Action`1<Int32>");
        StringAssert.Contains(all, "Fixtures.HoldsGenericMembers::Grid: multi-dimensional array Int32[,]");
        StringAssert.Contains(all, "Fixtures.HoldsGenericMembers::Echo: defines a generic method");
        StringAssert.Contains(all, "Fixtures.HoldsGenericMembers::CallsEcho: instantiates a generic method (Echo)");
        StringAssert.Contains(all, "Fixtures.HoldsGenericMembers::ReadThroughPointer: pointer type Int32* (unsafe code)");
        StringAssert.Contains(all, "Fixtures.IHasDefaultBody::Twice: default interface method body");
        Assert.IsFalse(all.Contains("PlainAndFine"), "flagged plain code:\n" + all);
    }

    [TestMethod]
    public void Inspector_FlagsForeignAssemblyReferences()
    {
        string testAssembly = typeof(DeviceProfileMetadataTests).Assembly.Location;

        IReadOnlyList<string> findings = DeviceProfileInspector.Inspect(testAssembly, s_portableAssemblies, "NoSuchNamespace");

        Assert.IsTrue(findings.Any(f => f == "assembly: references System.Runtime, which is not on the device"), string.Join("\n", findings));
    }
}
