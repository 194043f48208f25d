using System.Text.Json;
using BwcFirmware.Drivers.Host.Link;
using BwcFirmware.Shared.Sync;
using BwcFirmware.Simulator.Commands;
using BwcFirmware.Simulator.Fleet;

namespace BwcFirmware.Tests.Simulator;

/// <summary>
/// bwc-sim dock-day end to end, small: three cameras with short shifts dock at once over their own links to
/// the reference station, which is killed and restarted mid-dock. Nothing is lost or mixed up.
/// </summary>
[TestClass]
public sealed class DockDayTests
{
    [TestMethod]
    public void ThreeCameras_StationRestartedMidDock_EveryClipConfirmedVerifiedAndInItsOwnCamerasFiles()
    {
        string folder = Path.Combine(Path.GetTempPath(), "bwc-dock-day-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new DockDayOptions
            {
                Cameras = 3,
                Folder = folder,
                Token = "dock-day-test",
                Link = new LinkShape(4_000_000, 5),
                Shift = new ShiftContents { Clips = 2, ClipSeconds = 4, Width = 160, Height = 120 },
                RestartStationAtPercent = 40,
                MeasureIdeal = false,
            };
            var output = new StringWriter();

            int exit = DockDay.Run(options, output);

            string text = output.ToString();
            Assert.AreEqual(ExitCodes.Ok, exit, text);
            StringAssert.Contains(text, "station killed and restarted at 40%");
            Assert.AreEqual(3, text.Split('\n').Count(l => l.StartsWith("verify station copy BWC-FLEET-", StringComparison.Ordinal) && l.Contains("VERIFIED", StringComparison.Ordinal) && l.Contains("card: 2 of 2 clips confirmed", StringComparison.Ordinal)), text);
            Assert.AreEqual(3, text.Split('\n').Count(l => l.StartsWith("BWC-FLEET-", StringComparison.Ordinal) && l.TrimEnd().EndsWith("up-to-date", StringComparison.Ordinal)), text);

            string restart = text.Split('\n').Single(l => l.StartsWith("station restart: ", StringComparison.Ordinal));
            long most = long.Parse(restart.Split(" at most ")[1].Split(' ')[0].Replace(",", string.Empty));
            Assert.IsTrue(most <= SyncSettings.DefaultPieceBytes, "a camera has one file in flight and re-sends at most one piece of it: " + restart);
            AssertEveryUploadIsItsOwnCamerasFile(folder);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, true);
            }
        }
    }

    [TestMethod]
    public void BadCommandLines_AreRefusedInOneLine_BeforeAnythingRuns()
    {
        string Refusal(Action build) => Assert.ThrowsExactly<CommandFailure>(build).Message;

        StringAssert.StartsWith(Refusal(() => DockDayCommand.BuildOptions(23, null, null, "fast", 3, 60, "640x480", 15, 0, 0, true, null, 1)), "--link: link 'fast'");
        StringAssert.StartsWith(Refusal(() => DockDayCommand.BuildOptions(0, null, null, "20mbit/5ms", 3, 60, "640x480", 15, 0, 0, true, null, 1)), "--cameras must be 1-200");
        StringAssert.Contains(Refusal(() => DockDayCommand.BuildOptions(3, "http://station/files/", null, "20mbit/5ms", 3, 60, "640x480", 15, 50, 0, true, null, 1)), "not with --station");
        Assert.AreEqual(5_000_000, DockDayCommand.BuildOptions(3, null, null, "5mbit/20ms", 3, 60, "640x480", 15, 0, 0, true, Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")), 1).Link.RateBitsPerSecond);
    }

    /// <summary>Each complete upload holds, byte for byte, the card file its metadata names on the camera it names; none twice.</summary>
    private static void AssertEveryUploadIsItsOwnCamerasFile(string folder)
    {
        var seen = new HashSet<string>();
        string uploads = Path.Combine(folder, "station", "uploads");
        foreach (string json in Directory.GetFiles(uploads, "*.json"))
        {
            using JsonDocument record = JsonDocument.Parse(File.ReadAllText(json));
            JsonElement metadata = record.RootElement.GetProperty("metadata");
            string device = metadata.GetProperty("device").GetString()!;
            string filename = metadata.GetProperty("filename").GetString()!;
            byte[] stored = File.ReadAllBytes(json[..^".json".Length]);
            if (stored.Length != record.RootElement.GetProperty("size").GetInt64())
            {
                continue; // an upload abandoned when its creation's answer was lost: never confirmed
            }

            Assert.IsTrue(seen.Add(device + " " + filename), "uploaded twice: " + device + " " + filename);
            byte[] onCard = File.ReadAllBytes(Path.Combine(folder, "cards", device, filename));
            CollectionAssert.AreEqual(onCard, stored, device + " " + filename);
        }

        Assert.IsTrue(seen.Count >= 3 * 4, "every camera's chunks, manifests and audit segments: " + seen.Count);
    }
}
