using System.Globalization;
using System.Text.RegularExpressions;

namespace BwcFirmware.Tests.Media;

/// <summary>One packet VLC's AVI demuxer handed on, as VLC's stream-output "stats" module logged it.</summary>
internal sealed record VlcPacket(long DtsDifferenceUs, long LengthUs, string Md5);

/// <summary>
/// What VLC 3 itself (its own AVI demuxer and decoders, not ffmpeg's demuxer) makes of a chunk: parsed from
/// headless runs of <c>cvlc -vv</c>. The demux run streams the chunk through <c>--sout '#stats'</c> (no
/// clock, so it takes well under a second) and logs the header VLC read, the index it built and one line per
/// packet with its timestamp and MD5; the seek run does the same from a start time in the middle; the playback
/// run plays the chunk with dummy video and audio outputs (at 4x) and shows that VLC's decoders open and the
/// end is reached.
/// </summary>
internal sealed partial class VlcReport
{
    /// <summary>
    /// Lines VLC writes at warning or error level on every AVI, whoever wrote it, so they say nothing about
    /// the chunk: the end of the movi list ("cannot get packet header" also ends AVIs that ffmpeg wrote) and
    /// the missing display for global hot keys. Everything else at those levels is a complaint.
    /// </summary>
    private static readonly string[] s_harmless =
    {
        "avi demux warning: cannot get packet header, track disabled",
        "main interface error: no suitable interface module",
        "main libvlc error: interface \"globalhotkeys,none\" initialization failed",
    };

    private readonly HashSet<int> _onFileIndex = new();
    private string _playbackInput = "none";

    /// <summary>
    /// Lines of the playback run (clock-paced at 4x) that say the machine was busy, not that the file is wrong:
    /// VLC's outputs drop or shift a picture or buffer that came late. Kept apart, never counted as complaints.
    /// </summary>
    private static readonly string[] s_lateOutput =
    {
        "main video output warning: picture is too late to be displayed",
        "main audio output warning: playback too late",
        "main audio output warning: playback way too late",
        "main audio output warning: buffer too late",
    };

    public string DemuxLog { get; private init; } = string.Empty;

    public string PlaybackLog { get; private set; } = string.Empty;

    /// <summary>Streams the avih says, and its flags as VLC printed them (e.g. "HAS_INDEX IS_INTERLEAVED").</summary>
    public int Streams { get; private set; }

    public string Flags { get; private set; } = string.Empty;

    public string VideoFourcc { get; private set; } = string.Empty;

    public int Width { get; private set; }

    public int Height { get; private set; }

    public double FramesPerSecond { get; private set; }

    public bool HasAudio { get; private set; }

    public int AudioFormatTag { get; private set; }

    public int AudioChannels { get; private set; }

    public int AudioRateHz { get; private set; }

    public int AudioBits { get; private set; }

    /// <summary>Streams for which VLC took the file's own idx1 ("selected standard index").</summary>
    public int StreamsOnFileIndex => _onFileIndex.Count;

    /// <summary>Index entries VLC built per stream (video: one per frame slot, the frame count it plays and seeks by).</summary>
    public Dictionary<int, int> IndexEntries { get; } = new();

    /// <summary>Each stream's length in whole seconds, as VLC computed it from its index.</summary>
    public Dictionary<int, int> LengthSeconds { get; } = new();

    public List<VlcPacket> VideoPackets { get; } = new();

    public List<VlcPacket> AudioPackets { get; } = new();

    /// <summary>MD5 of every audio byte VLC handed on, in order (the stats module's final line).</summary>
    public string AudioMd5 { get; private set; } = string.Empty;

    /// <summary>Warning and error lines of either run that are not in the harmless list (index complaints, decoder errors...).</summary>
    public List<string> Complaints { get; } = new();

    public string VideoDecoder { get; private set; } = string.Empty;

    public string AudioDecoder { get; private set; } = string.Empty;

    public bool FirstPictureDecoded { get; private set; }

    /// <summary>What VLC's audio output was fed, e.g. "s16l 16000 Hz Mono", empty when there was no audio.</summary>
    public string AudioOutputInput { get; private set; } = string.Empty;

    public bool ReachedEnd { get; private set; }

    /// <summary>Late-output lines of the playback run (a busy machine), for information.</summary>
    public List<string> LateOutput { get; } = new();

    /// <summary>The log lines VLC's AVI demuxer wrote (header, streams, index), for messages and the README.</summary>
    public string DemuxSummary =>
        string.Join("\n", DemuxLog.Split('\n').Select(Strip).Where(l => l.StartsWith("avi demux", StringComparison.Ordinal) || l.Contains(" final type:", StringComparison.Ordinal)));

    /// <summary>The frame slot VLC was asked to start at (--start-time in the middle of it), -1 when not asked.</summary>
    public int SeekSlot { get; private set; } = -1;

    public bool SeekRan => SeekSlot >= 0;

    public bool PlaybackRan => PlaybackLog.Length > 0;

    /// <summary>MD5 of the first picture VLC handed on after that seek.</summary>
    public string SeekFirstPictureMd5 { get; private set; } = string.Empty;

    public static VlcReport Parse(string demuxLog)
    {
        var report = new VlcReport { DemuxLog = demuxLog };
        foreach (string raw in demuxLog.Split('\n'))
        {
            report.ReadDemuxLine(Strip(raw));
        }

        return report;
    }

    /// <summary>Adds the seek run: VLC's demuxer finds the slot through the index, the first packet is the picture there.</summary>
    public void AddSeek(int slot, string seekLog)
    {
        SeekSlot = slot;
        foreach (string raw in seekLog.Split('\n'))
        {
            string line = Strip(raw);
            Match m = StatsPacket().Match(line);
            if (m.Success && m.Groups[1].Value == "Video" && SeekFirstPictureMd5.Length == 0)
            {
                SeekFirstPictureMd5 = m.Groups[4].Value;
            }
            else if (line.StartsWith("avi demux ", StringComparison.Ordinal))
            {
                // Only the demuxer's lines: VLC's media library input also tries the start time and warns.
                NoteComplaint(line);
            }
        }
    }

    /// <summary>Adds the playback run.</summary>
    public void AddPlayback(string playbackLog)
    {
        PlaybackLog = playbackLog;

        foreach (string raw in playbackLog.Split('\n'))
        {
            ReadPlaybackLine(ObjectOf(raw), Strip(raw));
        }
    }

    /// <summary>Drops VLC's "[0000556a...] " object prefix.</summary>
    private static string Strip(string line)
    {
        line = line.TrimEnd('\r');
        return line.StartsWith('[') && line.IndexOf("] ", StringComparison.Ordinal) > 0 ? line[(line.IndexOf("] ", StringComparison.Ordinal) + 2)..] : line;
    }

    private void ReadDemuxLine(string line)
    {
        Match m;
        if ((m = Avih().Match(line)).Success)
        {
            Streams = Int(m, 1);
            Flags = m.Groups[2].Value.Trim();
        }
        else if ((m = VideoStream().Match(line)).Success)
        {
            VideoFourcc = m.Groups[1].Value;
            Width = Int(m, 2);
            Height = Int(m, 3);
            FramesPerSecond = double.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture);
        }
        else if ((m = AudioStream().Match(line)).Success)
        {
            HasAudio = true;
            AudioFormatTag = int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            AudioChannels = Int(m, 2);
            AudioRateHz = Int(m, 3);
            AudioBits = Int(m, 4);
        }
        else if ((m = StandardIndex().Match(line)).Success)
        {
            _onFileIndex.Add(Int(m, 1));
        }
        else if ((m = IndexCreated().Match(line)).Success)
        {
            IndexEntries[Int(m, 1)] = Int(m, 2);
        }
        else if ((m = StreamLength().Match(line)).Success)
        {
            LengthSeconds[Int(m, 1)] = Int(m, 2);
        }
        else if ((m = StatsPacket().Match(line)).Success)
        {
            var packet = new VlcPacket(long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), long.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture), m.Groups[4].Value);
            (m.Groups[1].Value == "Video" ? VideoPackets : AudioPackets).Add(packet);
        }
        else if ((m = StatsFinal().Match(line)).Success && m.Groups[1].Value == "Audio")
        {
            AudioMd5 = m.Groups[2].Value;
        }
        else
        {
            NoteComplaint(line);
        }
    }

    /// <summary>VLC's object address at the start of a line ("[00007f1b48000c90]"), which tells inputs apart.</summary>
    private static string ObjectOf(string line) =>
        line.StartsWith('[') && line.IndexOf(']', StringComparison.Ordinal) > 0 ? line[..line.IndexOf(']', StringComparison.Ordinal)] : string.Empty;

    private void ReadPlaybackLine(string source, string line)
    {
        Match m;
        if (line.StartsWith("main input debug: Creating an input for '", StringComparison.Ordinal) && line.EndsWith(".avi'", StringComparison.Ordinal))
        {
            _playbackInput = source;
        }
        else if ((m = DecoderModule().Match(line)).Success)
        {
            if (m.Groups[1].Value == "video")
            {
                VideoDecoder = m.Groups[2].Value;
            }
            else
            {
                AudioDecoder = m.Groups[2].Value;
            }
        }
        else if (line == "main decoder debug: Received first picture")
        {
            FirstPictureDecoded = true;
        }
        else if ((m = AudioOutputInputLine().Match(line)).Success)
        {
            AudioOutputInput = m.Groups[1].Value + " " + m.Groups[2].Value;
        }
        else if (line == "main input debug: EOF reached" && source == _playbackInput)
        {
            // Only the chunk's input counts: VLC's media library input logs an EOF of its own.
            ReachedEnd = true;
        }
        else if (s_lateOutput.Any(l => line.StartsWith(l, StringComparison.Ordinal)))
        {
            LateOutput.Add(line);
        }
        else
        {
            NoteComplaint(line);
        }
    }

    private void NoteComplaint(string line)
    {
        if ((line.Contains(" warning: ", StringComparison.Ordinal) || line.Contains(" error: ", StringComparison.Ordinal))
            && !s_harmless.Contains(line))
        {
            Complaints.Add(line);
        }
    }

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^avi demux debug: AVIH: (\d+) stream, flags (.*)$")]
    private static partial Regex Avih();

    [GeneratedRegex(@"^avi demux debug: stream\[\d+\] video\((.{4})\) (\d+)x(\d+) \d+bpp ([0-9.]+)fps$")]
    private static partial Regex VideoStream();

    [GeneratedRegex(@"^avi demux debug: stream\[\d+\] audio\(0x([0-9a-f]+)[^)]*\) (\d+) channels (\d+)Hz (\d+)bits$")]
    private static partial Regex AudioStream();

    [GeneratedRegex(@"^avi demux debug: selected standard index for stream\[(\d+)\]$")]
    private static partial Regex StandardIndex();

    [GeneratedRegex(@"^avi demux debug: stream\[(\d+)\] created (\d+) index entries$")]
    private static partial Regex IndexCreated();

    [GeneratedRegex(@"^avi demux debug: stream\[(\d+)\] length:(\d+) \(based on index\)$")]
    private static partial Regex StreamLength();

    [GeneratedRegex(@"^stats stream out debug: stats: track:\d+ type:(\w+) segment_number:\d+ dts_difference:(-?\d+) length:(\d+) md5:\s*([0-9a-f]+)$")]
    private static partial Regex StatsPacket();

    [GeneratedRegex(@"^stats stream out: stats: final type:(\w+) id:\d+ .* md5:\s*([0-9a-f]+)$")]
    private static partial Regex StatsFinal();

    [GeneratedRegex(@"^main decoder debug: using (video|audio) decoder module ""(\w+)""$")]
    private static partial Regex DecoderModule();

    [GeneratedRegex(@"^main audio output debug: input '(\w+)' (\d+ Hz \w+) frame=")]
    private static partial Regex AudioOutputInputLine();
}
