namespace BwcFirmware.Tests.Repository;

/// <summary>
/// Every README says what and why in at most about 1,500 words, and every relative link in it reaches a file
/// or folder of the repository (and, into a Markdown file, one of its headings). Figures live in the top
/// README's performance table, so a README that grows past the limit is telling a story it should not.
/// </summary>
[TestClass]
public sealed class ReadmeRulesTests
{
    /// <summary>The most words a README may hold (<c>wc -w</c>).</summary>
    public const int MaxWords = 1500;

    private static IReadOnlyList<string> Readmes => ReadmeFiles.Under(RepositoryFiles.Root);

    [TestMethod]
    public void TheCheck_FindsTheRepositoryReadmes_AndNoneFromPackagesOrBuildOutput()
    {
        IReadOnlyList<string> readmes = Readmes;

        CollectionAssert.Contains(readmes.ToList(), "README.md");
        CollectionAssert.Contains(readmes.ToList(), "Shared/README.md");
        Assert.IsFalse(readmes.Any(p => p.Split('/').Any(f => f is "node_modules" or "artifacts" or "bin" or "obj")),
            string.Join(", ", readmes));
    }

    [TestMethod]
    public void EveryReadme_HasAtMost1500Words()
    {
        var tooLong = new List<string>();
        foreach (string readme in Readmes)
        {
            int words = new MarkdownDocument(File.ReadAllText(RepositoryFiles.PathOf(readme))).WordCount;
            if (words > MaxWords)
            {
                tooLong.Add($"{readme}: {words} words");
            }
        }

        Assert.AreEqual(0, tooLong.Count,
            $"READMEs over {MaxWords} words (say what and why; figures go to the README's performance table): " + string.Join("; ", tooLong));
    }

    [TestMethod]
    public void EveryRelativeLinkInAReadme_ReachesAFileOrFolder_AndItsHeading()
    {
        var broken = new List<string>();
        foreach (string readme in Readmes)
        {
            string folder = Path.GetDirectoryName(RepositoryFiles.PathOf(readme))!;
            var document = new MarkdownDocument(File.ReadAllText(RepositoryFiles.PathOf(readme)));
            foreach (string link in document.RelativeLinks)
            {
                string? problem = Problem(readme, folder, document, link);
                if (problem != null)
                {
                    broken.Add($"{readme}: ({link}) {problem}");
                }
            }
        }

        Assert.AreEqual(0, broken.Count, "broken links: " + string.Join("; ", broken));
    }

    private static string? Problem(string readme, string folder, MarkdownDocument document, string link)
    {
        int hash = link.IndexOf('#');
        string path = Uri.UnescapeDataString(hash < 0 ? link : link.Substring(0, hash));
        string? anchor = hash < 0 ? null : link.Substring(hash + 1);
        if (path.Length == 0)
        {
            return anchor == null || document.Anchors.Contains(anchor) ? null : "no such heading in " + readme;
        }

        string full = path.StartsWith('/')
            ? RepositoryFiles.PathOf(path.TrimStart('/'))
            : Path.GetFullPath(Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar)));
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            return "no such file or folder";
        }

        if (anchor != null && full.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && File.Exists(full)
            && !new MarkdownDocument(File.ReadAllText(full)).Anchors.Contains(anchor))
        {
            return "no such heading";
        }

        return null;
    }
}
