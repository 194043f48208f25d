using System.Text.RegularExpressions;

namespace BwcFirmware.Tests.Layering;

/// <summary>Shared's folders use each other one way only (the layering in Shared/README.md).</summary>
[TestClass]
public sealed class SharedLayeringTests
{
    private const string SharedNamespace = "BwcFirmware.Shared";

    private static readonly Lazy<FolderGraph> s_shared = new(() => FolderGraph.FromFolder(RepositoryFiles.PathOf("Shared"), SharedNamespace));

    [TestMethod]
    public void SharedFolders_HaveNoNamespaceCycle()
    {
        FolderGraph graph = s_shared.Value;

        Assert.AreEqual(0, graph.Errors.Count, "Shared must compile for its uses to be trusted:\n" + string.Join("\n", graph.Errors.Take(10)));
        Assert.AreEqual(0, graph.MisplacedFiles.Count, string.Join("\n", graph.MisplacedFiles));
        Assert.IsTrue(graph.Uses.Any(), "the graph found no use at all between Shared's folders");
        var cycles = graph.Cycles();
        Assert.AreEqual(0, cycles.Count, "namespace cycles between Shared's folders:\n" + string.Join("\n", cycles.Select(Describe)));
    }

    [TestMethod]
    public void SharedFolders_UseOnlyFoldersOnEarlierLinesOfTheReadmeLayering()
    {
        Dictionary<string, int> layers = ReadmeLayers();
        FolderGraph graph = s_shared.Value;
        var folders = Directory.EnumerateFiles(RepositoryFiles.PathOf("Shared"), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetDirectoryName(Path.GetRelativePath(RepositoryFiles.PathOf("Shared"), f))!.Replace('\\', '/'))
            .Where(f => f.Length > 0 && !f.StartsWith("bin", StringComparison.Ordinal) && !f.StartsWith("obj", StringComparison.Ordinal) && f != "Properties")
            .Distinct();

        var unlisted = folders.Where(f => !layers.ContainsKey(f)).ToList();
        var upward = graph.Uses.Where(u => layers.ContainsKey(u.From) && layers.ContainsKey(u.To) && layers[u.To] >= layers[u.From]).ToList();

        Assert.AreEqual(0, unlisted.Count, "folders missing from Shared/README.md's layering: " + string.Join(", ", unlisted));
        Assert.AreEqual(0, upward.Count, "uses of a folder not on an earlier line:\n" + string.Join("\n", upward.Select(u => "  " + u.From + " uses " + u.To + ": " + u.Symbol + " at " + u.Where)));
    }

    [TestMethod]
    public void UseThroughConstantAndFullyQualifiedName_MakesACycle()
    {
        FolderGraph graph = FolderGraph.FromSources(
            [
                ("Low/Names.cs", "namespace Root.Low { public static class Names { public const string Start = \"start\"; public static string Of() => Root.High.Writer.Tag; } }"),
                ("High/Writer.cs", "namespace Root.High { public static class Writer { public const string Tag = Root.Low.Names.Start; } }"),
            ],
            "Root");

        Assert.AreEqual(0, graph.Errors.Count, string.Join("\n", graph.Errors));
        var cycle = graph.Cycles().Single();
        Assert.AreEqual("High uses Low; Low uses High", string.Join("; ", cycle.Select(u => u.From + " uses " + u.To)), Describe(cycle));
    }

    [TestMethod]
    public void ParentNamespaceUsedWithoutUsing_Counts()
    {
        FolderGraph graph = FolderGraph.FromSources(
            [
                ("Media/Record.cs", "namespace Root.Media { public sealed class Record { public int Frames; public Avi.Reader Source; } }"),
                ("Media/Avi/Reader.cs", "namespace Root.Media.Avi { public sealed class Reader { public int Count(Record r) { var copy = r; return copy.Frames; } } }"),
            ],
            "Root");

        var cycle = graph.Cycles().Single();
        Assert.AreEqual("Media uses Media/Avi; Media/Avi uses Media", string.Join("; ", cycle.Select(u => u.From + " uses " + u.To)), Describe(cycle));
    }

    [TestMethod]
    public void FileInAnotherFoldersNamespace_IsReported()
    {
        FolderGraph graph = FolderGraph.FromSources(
            [("Card/Layout.cs", "namespace Root.Store { public static class Layout { } }")],
            "Root");

        StringAssert.Contains(graph.MisplacedFiles.Single(), "Card/Layout.cs");
    }

    private static Dictionary<string, int> ReadmeLayers()
    {
        string readme = File.ReadAllText(RepositoryFiles.PathOf("Shared/README.md"));
        Match section = Regex.Match(readme, @"^## Layering\n(.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.IsTrue(section.Success, "Shared/README.md has a '## Layering' section");
        var layers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match line in Regex.Matches(section.Groups[1].Value, @"^(\d+)\. (.+)$", RegexOptions.Multiline))
        {
            foreach (Match folder in Regex.Matches(line.Groups[2].Value, "`([^`]+)`"))
            {
                layers.Add(folder.Groups[1].Value, int.Parse(line.Groups[1].Value));
            }
        }

        Assert.IsTrue(layers.Count > 0, "the layering lists folders");
        return layers;
    }

    private static string Describe(List<FolderUse> cycle) =>
        "{" + string.Join(", ", cycle.Select(u => u.From).Distinct()) + "}\n"
        + string.Join("\n", cycle.Select(u => "  " + u.From + " uses " + u.To + ": " + u.Symbol + " at " + u.Where));
}
