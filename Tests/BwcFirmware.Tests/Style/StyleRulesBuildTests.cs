using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BwcFirmware.Tests.Style;

/// <summary>
/// The style rules fail the build when broken: one build of two probe projects set up as Shared is
/// (Directory.Build.props, Shared/DeviceProfile.props, the repository's .editorconfig), over one file per rule,
/// each breaking only that rule, and one file that keeps them all.
/// </summary>
[TestClass]
public sealed class StyleRulesBuildTests
{
    private static readonly Regex s_diagnostic = new(@"[/\\](\w+)\.cs\(\d+,\d+\): (error|warning) ([A-Z]+\d+):", RegexOptions.Compiled);

    private static int s_exitCode;
    private static string s_output = "";

    [ClassInitialize]
    public static void BuildProbes(TestContext context)
    {
        // Under artifacts/ (ignored by git) so the repository's .editorconfig and Directory.Build.props apply.
        string folder = RepositoryFiles.PathOf("artifacts/style-probe");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        WriteProject(Path.Combine(folder, "Code"), StyleProbes.BrokenCode, null);
        WriteProject(Path.Combine(folder, "Docs"), StyleProbes.BrokenDocs, StyleProbes.WellStyled);
        string solution = Path.Combine(folder, "StyleProbes.slnx");
        File.WriteAllText(solution, """
            <Solution>
              <Project Path="Code/StyleProbe.Code.csproj" />
              <Project Path="Docs/StyleProbe.Docs.csproj" />
            </Solution>
            """);

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { "build", solution, "-c", "Release", "--no-incremental", "-nologo", "-clp:NoSummary", "-nodeReuse:false" })
        {
            start.ArgumentList.Add(arg);
        }

        // The test host's MSBuild settings belong to the outer build, not to this one.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using Process process = Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        s_output = process.StandardOutput.ReadToEnd() + stderr.Result;
        process.WaitForExit();
        s_exitCode = process.ExitCode;
    }

    [TestMethod]
    public void BrokenRules_FailTheBuild()
    {
        Assert.AreNotEqual(0, s_exitCode, "the probe build passed:\n" + s_output);
    }

    [TestMethod]
    public void CodeThatKeepsEveryRule_BuildsWithoutADiagnostic()
    {
        Assert.AreEqual("", string.Join(", ", IdsIn("WellStyled")), s_output);
    }

    [TestMethod]
    [DataRow("ConstantWithPrefix", "IDE1006", DisplayName = "const with _ prefix: IDE1006")]
    [DataRow("StaticWithoutPrefix", "IDE1006", DisplayName = "static without s_: IDE1006")]
    [DataRow("StaticReadonlyWithoutPrefix", "IDE1006", DisplayName = "static readonly without s_: IDE1006")]
    [DataRow("FieldWithoutUnderscore", "IDE1006", DisplayName = "field without _: IDE1006")]
    [DataRow("IfWithoutBraces", "IDE0011", DisplayName = "if without braces: IDE0011")]
    [DataRow("FieldWithoutVisibility", "IDE0040", DisplayName = "member without visibility: IDE0040")]
    [DataRow("VarForBuiltInType", "IDE0008", DisplayName = "var for a built-in type: IDE0008")]
    [DataRow("BraceOnSameLine", "IDE0055", DisplayName = "brace on the same line: IDE0055")]
    [DataRow("CrefWithBadSyntax", "CS1584 CS1658", DisplayName = "cref with bad syntax: CS1584 (with CS1658)")]
    [DataRow("CrefToNothing", "CS1574", DisplayName = "cref to nothing: CS1574")]
    [DataRow("CrefWithUnknownParameterType", "CS1580 CS1574", DisplayName = "cref with unknown parameter type: CS1580 (with CS1574)")]
    [DataRow("PublicWithoutDocs", "CS1591", DisplayName = "public member without ///: CS1591")]
    public void BrokenRule_IsABuildErrorWithItsId(string file, string ids)
    {
        // The first id is the rule's; the compiler reports some along with another (a cref's parse error).
        string[] expected = ids.Split(' ');
        Assert.IsTrue(StyleProbes.BrokenCode.Concat(StyleProbes.BrokenDocs).Any(p => p.File == file && p.Id == expected[0]), "no probe " + file);
        Assert.AreEqual(
            string.Join(", ", expected.Select(id => "error " + id).Order(StringComparer.Ordinal)),
            string.Join(", ", IdsIn(file)),
            s_output);
    }

    [TestMethod]
    public void EveryProbe_IsChecked()
    {
        string[] checkedFiles = typeof(StyleRulesBuildTests).GetMethod(nameof(BrokenRule_IsABuildErrorWithItsId))!
            .GetCustomAttributes(typeof(DataRowAttribute), false).Cast<DataRowAttribute>()
            .Select(row => (string)row.Data[0]!).ToArray();
        CollectionAssert.AreEquivalent(StyleProbes.BrokenCode.Concat(StyleProbes.BrokenDocs).Select(p => p.File).ToArray(), checkedFiles);
    }

    /// <summary>A probe project named for its folder, built as Shared is, over the given files.</summary>
    private static void WriteProject(string folder, (string File, string Id, string Source)[] probes, string? wellStyled)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "StyleProbe." + Path.GetFileName(folder) + ".csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Built as Shared is; the host target alone, which runs the same analyzers as the device profile. -->
              <Import Project="../../../Shared/DeviceProfile.props" />
              <PropertyGroup>
                <TargetFrameworks>net10.0</TargetFrameworks>
                <!-- The SDK leaves artifacts/ out of the default items. -->
                <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
              </PropertyGroup>
              <ItemGroup>
                <Compile Include="*.cs" />
              </ItemGroup>
            </Project>
            """);
        foreach ((string file, string _, string source) in probes)
        {
            File.WriteAllText(Path.Combine(folder, file + ".cs"), source);
        }

        if (wellStyled != null)
        {
            File.WriteAllText(Path.Combine(folder, "WellStyled.cs"), wellStyled);
        }
    }

    /// <summary>The distinct "severity id" pairs the build reported for <paramref name="file"/>.cs, sorted.</summary>
    private static IEnumerable<string> IdsIn(string file) =>
        s_diagnostic.Matches(s_output).Where(m => m.Groups[1].Value == file)
            .Select(m => m.Groups[2].Value + " " + m.Groups[3].Value).Distinct().Order(StringComparer.Ordinal);
}
