using System.Security.Cryptography;

namespace BwcFirmware.Tests.Media;

/// <summary>What was fed into one chunk: the pictures in order with the timeline slot each went to, and its PCM.</summary>
internal sealed class FedChunk
{
    public required int Width { get; init; }

    public required int Height { get; init; }

    public required int FramesPerSecond { get; init; }

    /// <summary>Frame slots on the chunk's constant-rate timeline (pictures plus slots the camera skipped).</summary>
    public required int TimelineSlots { get; init; }

    public required IReadOnlyList<byte[]> Pictures { get; init; }

    /// <summary>The slot each picture holds; null: picture i holds slot i (the camera skipped nothing).</summary>
    public IReadOnlyList<int>? PictureSlots { get; init; }

    /// <summary>Audio chunks written (01wb), 0 for a video-only chunk.</summary>
    public int AudioChunks { get; init; }

    /// <summary>The 16-bit mono PCM that went into the chunk, null for a video-only chunk.</summary>
    public byte[]? Pcm { get; init; }

    public int SampleRateHz { get; init; }

    public int SlotOf(int picture) => PictureSlots?[picture] ?? picture;

    public double Seconds => TimelineSlots / (double)FramesPerSecond;
}

/// <summary>Asserts that what VLC reports for a chunk is what was fed into it.</summary>
internal static class VlcChecks
{
    public static void AssertPlaysAsFed(VlcReport vlc, FedChunk fed, string name)
    {
        string context = name + "\n" + vlc.DemuxSummary;

        // Opened without any complaint: no "broken or missing index" (the index dialog), no decoder error.
        Assert.IsTrue(vlc.Complaints.Count == 0, context + "\nVLC complained:\n" + string.Join("\n", vlc.Complaints));
        StringAssert.Contains(vlc.Flags, "HAS_INDEX", context);
        Assert.AreEqual(fed.Pcm == null ? 1 : 2, vlc.Streams, context);
        Assert.AreEqual(vlc.Streams, vlc.StreamsOnFileIndex, context + "\nVLC used the chunk's own idx1 for every stream");

        // The picture: MJPEG at the fed size and rate.
        Assert.AreEqual("MJPG", vlc.VideoFourcc, context);
        Assert.AreEqual(fed.Width, vlc.Width, context);
        Assert.AreEqual(fed.Height, vlc.Height, context);
        Assert.AreEqual(fed.FramesPerSecond, vlc.FramesPerSecond, 1e-6, context);

        // Frame count and duration as VLC computes them: one index entry per frame slot, length = slots / fps.
        Assert.AreEqual(fed.TimelineSlots, vlc.IndexEntries[0], context + "\nVLC's frame count (video index entries)");
        double vlcSeconds = vlc.IndexEntries[0] / vlc.FramesPerSecond;
        Assert.AreEqual(fed.Seconds, vlcSeconds, 1.0 / fed.FramesPerSecond, context + "\nVLC's duration within one frame");
        Assert.AreEqual((int)fed.Seconds, vlc.LengthSeconds[0], context + "\nVLC's length in whole seconds");

        // Every picture VLC demuxed is a fed picture, byte for byte, in order, at its slot's time. VLC's stream
        // output keeps each stream's last packet in its copy packetizer (it returns nothing when drained), so the
        // last picture is never logged; the control test shows the same on an AVI that ffmpeg wrote.
        Assert.AreEqual(fed.Pictures.Count - 1, vlc.VideoPackets.Count, context + "\npictures VLC demuxed (all but the held-back last)");
        long dts = 0;
        for (int i = 0; i < vlc.VideoPackets.Count; i++)
        {
            dts += vlc.VideoPackets[i].DtsDifferenceUs;
            Assert.AreEqual(Md5(fed.Pictures[i]), vlc.VideoPackets[i].Md5, name + ": picture " + i + " as VLC demuxed it");
            long expectedUs = fed.SlotOf(i) * 1_000_000L / fed.FramesPerSecond;
            Assert.AreEqual(expectedUs - (fed.SlotOf(0) * 1_000_000L / fed.FramesPerSecond), dts, 1, name + ": time VLC gave picture " + i);
        }

        // Seeking through the index: from a start time in the middle, the first picture is the one in that slot
        // (or, for a slot the camera skipped, the picture before it: VLC seeks to a key frame at or before).
        if (vlc.SeekRan)
        {
            Assert.AreEqual(fed.TimelineSlots / 2, vlc.SeekSlot, context + "\nseek run");
            int seekPicture = Enumerable.Range(0, fed.Pictures.Count).Last(p => fed.SlotOf(p) <= vlc.SeekSlot);
            Assert.AreEqual(Md5(fed.Pictures[seekPicture]), vlc.SeekFirstPictureMd5, name + ": first picture after VLC seeked to slot " + vlc.SeekSlot);
        }

        // Playback: VLC's own MJPEG decoder produced pictures and the end of the chunk was reached.
        if (vlc.PlaybackRan)
        {
            Assert.AreEqual("avcodec", vlc.VideoDecoder, name);
            Assert.IsTrue(vlc.FirstPictureDecoded, name + ": VLC decoded a picture");
            Assert.IsTrue(vlc.ReachedEnd, name + ": VLC played to the end");
            Assert.AreEqual(fed.Pcm == null ? string.Empty : "araw", vlc.AudioDecoder, name);
            Assert.AreEqual(fed.Pcm == null ? string.Empty : "s16l " + fed.SampleRateHz + " Hz Mono", vlc.AudioOutputInput, name + ": what VLC's audio output played");
        }

        if (fed.Pcm == null)
        {
            Assert.IsFalse(vlc.HasAudio, context);
            Assert.AreEqual(0, vlc.AudioPackets.Count, context);
            return;
        }

        // The sound: one 16-bit mono PCM track, every 01wb indexed, every sample VLC handed on is a fed sample.
        Assert.IsTrue(vlc.HasAudio, context + "\nVLC found no audio track");
        Assert.AreEqual(1, vlc.AudioFormatTag, context + "\nWAVE_FORMAT_PCM");
        Assert.AreEqual(1, vlc.AudioChannels, context);
        Assert.AreEqual(16, vlc.AudioBits, context);
        Assert.AreEqual(fed.SampleRateHz, vlc.AudioRateHz, context);
        Assert.AreEqual(fed.AudioChunks, vlc.IndexEntries[1], context + "\naudio index entries");
        long handedOnUs = vlc.AudioPackets.Sum(p => p.LengthUs);
        int handedOnBytes = (int)(handedOnUs * fed.SampleRateHz / 1_000_000) * 2;
        double fedAudioSeconds = fed.Pcm.Length / 2.0 / fed.SampleRateHz;
        Assert.IsTrue(handedOnBytes <= fed.Pcm.Length, context + "\nVLC handed on more audio than was fed");
        Assert.AreEqual(fedAudioSeconds, handedOnUs / 1e6, 1.0 / fed.FramesPerSecond, context + "\naudio duration within one frame (the held-back last block)");
        Assert.AreEqual(Md5(fed.Pcm.AsSpan(0, handedOnBytes)), vlc.AudioMd5, name + ": the samples VLC handed on are the fed samples");
    }

    public static string Md5(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(MD5.HashData(data));
}
