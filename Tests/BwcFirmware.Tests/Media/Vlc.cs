using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace BwcFirmware.Tests.Media;

/// <summary>Runs VLC 3's command-line player (cvlc) headless on a chunk: no display, no sound card, no dialogs.</summary>
internal static class Vlc
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The demux run, the seek run (chunks of 4 slots or more) and the playback run over a copy of
    /// <paramref name="chunkPath"/>; fails (never skips) when VLC is not installed.
    /// </summary>
    public static VlcReport Play(string chunkPath, bool seek = true, bool playback = true)
    {
        string cvlc = Find("cvlc") ?? throw new AssertFailedException("VLC is not installed (no cvlc on PATH): run bash .ci/setup-machine");

        // VLC refuses to run as root; CI and this machine run the tests as root, so VLC runs as nobody on a
        // world-readable copy of the chunk, with a home of its own for its config.
        string directory = Directory.CreateTempSubdirectory("bwc-vlc-").FullName;
        try
        {
            string copy = Path.Combine(directory, Path.GetFileName(chunkPath));
            File.Copy(chunkPath, copy);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(directory, (UnixFileMode)0x1FF);
                File.SetUnixFileMode(copy, (UnixFileMode)0x1A4);
            }

            // --sout '#stats': every packet the demuxer hands on is logged (timestamp, length, MD5) and nothing is
            // paced by the clock. Defaults otherwise, --avi-index included (0: ask when the index is broken).
            string demux = Run(cvlc, directory, "-vv", "--no-color", "-I", "dummy", "--no-dbus", "--aout", "dummy", "--vout", "dummy",
                "--play-and-exit", "--sout", "#stats", copy);

            // Real playback through VLC's decoders and clock, at 4x so a 10 s chunk takes 2.5 s.
            VlcReport report = VlcReport.Parse(demux);

            // Seeking is what VLC needs the index for: start in the middle of the middle slot.
            if (seek && report.IndexEntries.TryGetValue(0, out int slots) && slots >= 4 && report.FramesPerSecond > 0)
            {
                int slot = slots / 2;
                string at = ((slot + 0.5) / report.FramesPerSecond).ToString("0.0000", CultureInfo.InvariantCulture);
                report.AddSeek(slot, Run(cvlc, directory, "-vv", "--no-color", "-I", "dummy", "--no-dbus", "--aout", "dummy", "--vout", "dummy",
                    "--play-and-exit", "--start-time", at, "--sout", "#stats", copy));
            }

            // Real playback through VLC's decoders and clock, at 4x so a 10 s chunk takes 2.5 s.
            if (!playback)
            {
                return report;
            }

            report.AddPlayback(Run(cvlc, directory, "-vv", "--no-color", "-I", "dummy", "--no-dbus", "--aout", "dummy", "--vout", "dummy",
                "--play-and-exit", "--rate", "4", copy));
            return report;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// <see cref="Play"/> over several chunks, three VLCs at a time (each run is mostly VLC starting up), reports
    /// in the order of <paramref name="chunkPaths"/>.
    /// </summary>
    public static List<VlcReport> PlayAll(IEnumerable<string> chunkPaths, bool seek = true, bool playback = true) =>
        chunkPaths.AsParallel().AsOrdered().WithDegreeOfParallelism(3).Select(p => Play(p, seek, playback)).ToList();

    private static string Run(string cvlc, string home, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.IsPrivilegedProcess ? "setpriv" : cvlc)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Environment.IsPrivilegedProcess)
        {
            foreach (string arg in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "--", cvlc })
            {
                start.ArgumentList.Add(arg);
            }
        }

        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["HOME"] = home;
        start.Environment.Remove("DISPLAY");
        start.Environment.Remove("WAYLAND_DISPLAY");

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new AssertFailedException("cannot start VLC (" + start.FileName + "): " + e.Message + "; run bash .ci/setup-machine");
        }

        using (process)
        {
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(s_timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new AssertFailedException("VLC did not finish within " + s_timeout.TotalSeconds + " s: " + string.Join(' ', args));
            }

            process.WaitForExit();
            string log = stderr.Result + stdout.Result;
            Assert.AreEqual(0, process.ExitCode, "VLC failed:\n" + log);
            return log;
        }
    }

    private static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);
}
