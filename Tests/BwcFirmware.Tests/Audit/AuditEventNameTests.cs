using System.Text.RegularExpressions;
using BwcFirmware.Shared.Audit;

namespace BwcFirmware.Tests.Audit;

[TestClass]
public sealed partial class AuditEventNameTests
{
    /// <summary>An audit call with a literal event name: Append(time, "name", ...) or Audit(time, "name", ...).</summary>
    [GeneratedRegex(@"\b(?:Append|Audit)\(\s*[^,()]+,\s*""(?<name>[^""]*)""")]
    private static partial Regex LiteralEventName();

    [TestMethod]
    public void EveryEventNameTheFirmwareWrites_IsOneTheVerifierKnows()
    {
        var written = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string folder in new[] { "Shared", "Drivers", "Firmware" })
        {
            foreach (string file in Directory.EnumerateFiles(RepositoryFiles.PathOf(folder), "*.cs", SearchOption.AllDirectories))
            {
                if (file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match match in LiteralEventName().Matches(File.ReadAllText(file)))
                {
                    written.Add(match.Groups["name"].Value);
                }
            }
        }

        Assert.IsTrue(written.Count >= 5, "the scan finds the literal names in use: " + string.Join(", ", written));
        string[] unknown = written.Where(name => !AuditEvents.IsKnown(name)).ToArray();
        Assert.AreEqual(0, unknown.Length, "written but unknown to AuditEvents (the verifier would flag them): " + string.Join(", ", unknown));
    }
}
