using System.Text.RegularExpressions;

namespace BwcFirmware.Tests.Loop;

/// <summary>
/// The layers point one way (Shared/Loop/README.md): the portable drivers report what the hardware did and show
/// what they are told, and only the loop's <c>InputMap</c> and <c>StatusFeed</c> speak the recorder's language.
/// </summary>
[TestClass]
public sealed class LayerDirectionTests
{
    private static readonly string[] s_recorderNames =
    {
        "BwcFirmware.Shared.Recording", "InputKind", "InputQueue", "InputEvent", "RecorderStateMachine", "RecorderState",
        "RecorderNotice", "DeviceAgent",
    };

    [TestMethod]
    public void PortableDrivers_NeverNameTheRecordersInputsTheRecorderOrTheAgent()
    {
        string root = RepositoryFiles.PathOf("Drivers/Portable");
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(d => d is "obj" or "bin"))
            .ToList();
        var found = new List<string>();
        foreach (string file in files)
        {
            string text = File.ReadAllText(file);
            foreach (string name in s_recorderNames)
            {
                if (Regex.IsMatch(text, @"(?<![\w.])" + Regex.Escape(name) + @"\b"))
                {
                    found.Add(Path.GetRelativePath(root, file) + ": " + name);
                }
            }
        }

        Assert.IsTrue(files.Count > 20, "the drivers' sources were not found under " + root);
        Assert.AreEqual(0, found.Count, "drivers naming the recorder's side: " + string.Join("; ", found));
    }
}
