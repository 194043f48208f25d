using System.Reflection;

namespace BwcFirmware.Tests;

/// <summary>Finds files of the repository the tests were built from (hardware data, project files).</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository's root folder.</summary>
    public static string Root { get; } = Path.GetFullPath(
        typeof(RepositoryFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!);

    /// <summary>The full path of <paramref name="relativePath"/> ('/'-separated) under the root.</summary>
    public static string PathOf(string relativePath) =>
        Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
}
