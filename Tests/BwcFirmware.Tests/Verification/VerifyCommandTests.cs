using System.CommandLine;
using System.Text.Json;
using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Simulator.Commands;

namespace BwcFirmware.Tests.Verification;

/// <summary>The verify command over real folders: a card folder and a station's tus file-store folder.</summary>
[TestClass]
public sealed class VerifyCommandTests
{
    private string _root = string.Empty;

    [TestInitialize]
    public void CreateFolder()
    {
        _root = Path.Combine(Path.GetTempPath(), "bwc-verify-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
    }

    [TestCleanup]
    public void DeleteFolder()
    {
        Directory.Delete(_root, recursive: true);
    }

    private string CardFolder()
    {
        string card = Path.Combine(_root, "card");
        EvidenceCard.Write(new DirectoryCardFileSystem(card, syncToDisk: false));
        return card;
    }

    /// <summary>Copies every card file into a station folder the way tus file-store keeps uploads.</summary>
    private string StationFolder(string card, string device)
    {
        string uploads = Path.Combine(_root, "station", "uploads");
        Directory.CreateDirectory(uploads);
        foreach (string file in Directory.EnumerateFiles(card, "*", SearchOption.AllDirectories))
        {
            string cardPath = Path.GetRelativePath(card, file).Replace('\\', '/');
            string id = Guid.NewGuid().ToString("N");
            File.Copy(file, Path.Combine(uploads, id));
            var info = new
            {
                id,
                metadata = new { filename = cardPath, device, kind = "chunk", sha256 = "x" },
                size = new FileInfo(file).Length,
                offset = 0,
                creation_date = "2026-11-26T04:00:00.000Z",
            };
            File.WriteAllText(Path.Combine(uploads, id + ".json"), JsonSerializer.Serialize(info));
        }

        return Path.Combine(_root, "station");
    }

    private static (int Code, string Text) Run(string folder, string? device = null)
    {
        var output = new StringWriter();
        int code = VerifyCommand.Run(folder, device!, output);
        return (code, output.ToString());
    }

    [TestMethod]
    public void UntouchedCardFolder_VerifiesWithExitCode0()
    {
        var (code, text) = Run(CardFolder());

        Assert.AreEqual(0, code, text);
        StringAssert.Contains(text, "(card folder)");
        StringAssert.Contains(text, "VERIFIED: 1 audit segments, 9 records, 2 manifests, 4 chunks; 0 failures");
        StringAssert.Contains(text, "chain head: record 9 sha256 ");
    }

    [TestMethod]
    public void TamperedChunkOnDisk_FailsWithExitCode1AndNamesIt()
    {
        string card = CardFolder();
        string chunk = Path.Combine(card, "clips", "000002", "000001.avi");
        byte[] bytes = File.ReadAllBytes(chunk);
        bytes[^1] ^= 0x01;
        File.WriteAllBytes(chunk, bytes);

        var (code, text) = Run(card);

        Assert.AreEqual(1, code, text);
        StringAssert.Contains(text, "FAIL clips/000002/000001.avi bytes 0-" + bytes.Length + ": SHA-256 ");
        StringAssert.Contains(text, "FAILED:");
    }

    [TestMethod]
    public void StationFolder_VerifiesTheCamerasUploads()
    {
        string station = StationFolder(CardFolder(), "cam-7");

        var (code, text) = Run(station);

        Assert.AreEqual(0, code, text);
        StringAssert.Contains(text, "station folder, camera cam-7");
        StringAssert.Contains(text, "2 manifests, 4 chunks; 0 failures");
    }

    [TestMethod]
    public void StationFolder_WithATamperedUpload_Fails()
    {
        string station = StationFolder(CardFolder(), "cam-7");
        string manifestUpload = Directory.EnumerateFiles(Path.Combine(station, "uploads"), "*.json")
            .First(f => File.ReadAllText(f).Contains("clips/000001/manifest.txt", StringComparison.Ordinal));
        string data = manifestUpload[..^".json".Length];
        File.WriteAllText(data, File.ReadAllText(data).Replace("function.press", "function.prest", StringComparison.Ordinal));

        var (code, text) = Run(station);

        Assert.AreEqual(1, code, text);
        StringAssert.Contains(text, "FAIL clips/000001/manifest.txt bytes 0-");
    }

    [TestMethod]
    public void FolderThatIsNeitherCardNorStation_IsBadInput()
    {
        Assert.AreEqual(2, Run(_root).Code);
        Assert.AreEqual(2, Run(Path.Combine(_root, "missing")).Code);
    }

    [TestMethod]
    public void BadInput_IsOneLineOnStderrStartingBwcSim()
    {
        string file = Path.Combine(_root, "card.txt");
        File.WriteAllText(file, "not a card");

        foreach (string folder in new[] { _root, Path.Combine(_root, "missing"), file })
        {
            var output = new StringWriter();
            var errors = new StringWriter();
            int code = VerifyCommand.Run(folder, null!, output, errors);

            Assert.AreEqual(ExitCodes.BadInput, code);
            string[] lines = errors.ToString().TrimEnd('\n').Split('\n');
            Assert.AreEqual(1, lines.Length, errors.ToString());
            StringAssert.StartsWith(lines[0], "bwc-sim: " + folder + ": ");
        }
    }

    [TestMethod]
    public void FileGivenAsTheFolder_IsNamedAsAFile()
    {
        string file = Path.Combine(_root, "manifest.txt");
        File.WriteAllText(file, "x");
        var errors = new StringWriter();

        VerifyCommand.Run(file, null!, new StringWriter(), errors);

        Assert.AreEqual("bwc-sim: " + file + ": is a file, not a folder (verify takes a card folder or a station folder)", errors.ToString().TrimEnd());
    }

    [TestMethod]
    public void FailedCheck_EndsWithOneBwcSimLineOnStderr()
    {
        string card = CardFolder();
        string chunk = Path.Combine(card, "clips", "000002", "000001.avi");
        byte[] bytes = File.ReadAllBytes(chunk);
        bytes[^1] ^= 0x01;
        File.WriteAllBytes(chunk, bytes);
        var errors = new StringWriter();

        int code = VerifyCommand.Run(card, null!, new StringWriter(), errors);

        Assert.AreEqual(ExitCodes.ShiftFailed, code);
        Assert.AreEqual("bwc-sim: " + card + " does not verify: 1 failure(s)", errors.ToString().TrimEnd());
    }

    [TestMethod]
    public void CommandLine_ParsesTheFolderAndReturnsTheVerdict()
    {
        string card = CardFolder();
        var root = new RootCommand { VerifyCommand.Create() };

        var output = new StringWriter();
        int code = root.Parse(new[] { "verify", card }).Invoke(new InvocationConfiguration { Output = output });

        Assert.AreEqual(0, code, output.ToString());
        StringAssert.Contains(output.ToString(), "VERIFIED: ");
    }
}
