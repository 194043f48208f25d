using System.Text.RegularExpressions;

namespace BwcFirmware.Tests.Repository;

/// <summary>Tests/run.sh: progress while the tests run, and the closing "N passed, N failed" line from the trx files.</summary>
[TestClass]
public sealed class TestScriptTests
{
    private static string Script => File.ReadAllText(RepositoryFiles.PathOf("Tests/run.sh"));

    [TestMethod]
    public void DotnetTest_PrintsEachTestAsItFinishes_AndStillWritesTrx()
    {
        string line = Script.Split('\n').Single(l => l.TrimStart().StartsWith("dotnet test ", StringComparison.Ordinal));

        StringAssert.Contains(line, "--logger \"console;verbosity=normal\"", "one line per finished test, so a long run shows it is moving");
        StringAssert.Contains(line, "--logger \"trx\"", "the closing count is read from the trx files");
    }

    [TestMethod]
    public void ClosingLine_IsTheCountFromTheTrxFiles()
    {
        string script = Script;

        StringAssert.Contains(script, "for trx in \"$results\"/*.trx; do");
        Assert.IsTrue(Regex.IsMatch(script, "echo \"\\$passed passed, \\$failed failed\"\\s*\\n"), "the plain closing line");
    }
}
