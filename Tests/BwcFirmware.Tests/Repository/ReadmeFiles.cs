namespace BwcFirmware.Tests.Repository;

/// <summary>The repository's README.md files, as a reader of the checkout meets them.</summary>
internal static class ReadmeFiles
{
    /// <summary>Folders that hold no documentation of ours: packages, build output, tool state.</summary>
    private static readonly string[] s_skippedFolders = { "node_modules", "artifacts", "bin", "obj" };

    /// <summary>Every README.md under <paramref name="root"/>, '/'-separated paths relative to it, in ordinal order.</summary>
    public static IReadOnlyList<string> Under(string root)
    {
        var found = new List<string>();
        Collect(root, root, found);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static void Collect(string root, string folder, List<string> found)
    {
        foreach (string file in Directory.EnumerateFiles(folder, "README.md"))
        {
            found.Add(Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'));
        }

        foreach (string child in Directory.EnumerateDirectories(folder))
        {
            string name = Path.GetFileName(child);
            // Dot folders are tool state (.git, .vs); the skipped ones are packages and build output.
            if (name.StartsWith('.') || s_skippedFolders.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            Collect(root, child, found);
        }
    }
}
