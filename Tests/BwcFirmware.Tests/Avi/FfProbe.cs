using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace BwcFirmware.Tests.Avi;

/// <summary>What ffprobe (ffmpeg's own demuxer and decoders) makes of a file: the independent judge of "it plays".</summary>
internal sealed class FfProbe
{
    private FfProbe(JsonElement root, string errors)
    {
        Root = root;
        Errors = errors;
    }

    public JsonElement Root { get; }

    /// <summary>Everything ffprobe wrote to stderr at level "error" (demux and decode errors).</summary>
    public string Errors { get; }

    public string FormatName => Root.GetProperty("format").GetProperty("format_name").GetString()!;

    public JsonElement Stream(string codecType) =>
        Root.GetProperty("streams").EnumerateArray().Single(s => s.GetProperty("codec_type").GetString() == codecType);

    public bool HasStream(string codecType) =>
        Root.GetProperty("streams").EnumerateArray().Any(s => s.GetProperty("codec_type").GetString() == codecType);

    public static string Text(JsonElement stream, string name) => stream.GetProperty(name).GetString()!;

    public static int Int(JsonElement stream, string name) =>
        stream.GetProperty(name).ValueKind == JsonValueKind.Number ? stream.GetProperty(name).GetInt32() : int.Parse(Text(stream, name), CultureInfo.InvariantCulture);

    /// <summary>A count ffprobe leaves out for an empty stream (it prints no nb_frames for zero frames).</summary>
    public static int CountOrZero(JsonElement stream, string name) => stream.TryGetProperty(name, out _) ? Int(stream, name) : 0;

    public static double Seconds(JsonElement stream, string name) => double.Parse(Text(stream, name), CultureInfo.InvariantCulture);

    /// <summary>The audio stream as ffmpeg decodes it: raw 16-bit little-endian samples.</summary>
    public static byte[] DecodeAudio(string path)
    {
        var start = new ProcessStartInfo("ffmpeg")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { "-v", "error", "-i", path, "-map", "0:a", "-f", "s16le", "-acodec", "pcm_s16le", "-" })
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var pcm = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(pcm);
        process.WaitForExit();
        Assert.AreEqual(0, process.ExitCode, "ffmpeg failed on " + path + ":\n" + stderr.Result);
        Assert.AreEqual(string.Empty, stderr.Result);
        return pcm.ToArray();
    }

    /// <summary>Runs ffprobe on <paramref name="path"/>, decoding every frame (-count_frames) and counting packets.</summary>
    public static FfProbe Run(string path)
    {
        var start = new ProcessStartInfo("ffprobe")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { "-v", "error", "-count_frames", "-count_packets", "-show_format", "-show_streams", "-of", "json", path })
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new AssertFailedException("ffprobe is not installed: run bash .ci/setup-machine (" + e.Message + ")");
        }

        using (process)
        {
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            string errors = stderr.Result;
            Assert.AreEqual(0, process.ExitCode, "ffprobe failed on " + path + ":\n" + errors);
            return new FfProbe(JsonDocument.Parse(stdout).RootElement.Clone(), errors);
        }
    }
}
