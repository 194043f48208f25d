using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Media.Avi;

namespace BwcFirmware.Tests.Avi;

[TestClass]
public sealed class AviChunkWriterTests
{
    private static string OutputDirectory => Path.Combine(AppContext.BaseDirectory, "test-output", "avi-writer");

    [TestMethod]
    public void TenSecondVideoChunk_PlaysInFfprobe_AsMjpegWithTheFedFramesRateAndDuration()
    {
        RecordedChunk chunk = ChunkRecorder.Record(frames: 150, audioSampleRateHz: 0);

        FfProbe probe = FfProbe.Run(chunk.SaveTo(OutputDirectory, "video-only.avi"));
        var video = probe.Stream("video");

        Assert.AreEqual("avi", probe.FormatName);
        Assert.IsFalse(probe.HasStream("audio"));
        Assert.AreEqual("mjpeg", FfProbe.Text(video, "codec_name"));
        Assert.AreEqual(640, FfProbe.Int(video, "width"));
        Assert.AreEqual(480, FfProbe.Int(video, "height"));
        Assert.AreEqual("15/1", FfProbe.Text(video, "r_frame_rate"));
        Assert.AreEqual(150, FfProbe.Int(video, "nb_frames"));
        Assert.AreEqual(150, FfProbe.Int(video, "nb_read_packets"));
        Assert.AreEqual(150, FfProbe.Int(video, "nb_read_frames"), "every frame decodes");
        Assert.AreEqual(10.0, FfProbe.Seconds(video, "duration"), 0.001);
        Assert.AreEqual(string.Empty, probe.Errors);
    }

    [TestMethod]
    public void ChunkWithAudio_HasAPcmS16leMonoStream_OfExactlyTheFedSamples()
    {
        RecordedChunk chunk = ChunkRecorder.Record(frames: 45, audioSampleRateHz: 16000);

        string path = chunk.SaveTo(OutputDirectory, "with-audio.avi");
        FfProbe probe = FfProbe.Run(path);
        var audio = probe.Stream("audio");
        var video = probe.Stream("video");

        Assert.AreEqual("mjpeg", FfProbe.Text(video, "codec_name"));
        Assert.AreEqual(45, FfProbe.Int(video, "nb_read_frames"));
        Assert.AreEqual(3.0, FfProbe.Seconds(video, "duration"), 0.001);
        Assert.AreEqual("pcm_s16le", FfProbe.Text(audio, "codec_name"));
        Assert.AreEqual(16000, FfProbe.Int(audio, "sample_rate"));
        Assert.AreEqual(1, FfProbe.Int(audio, "channels"));
        Assert.AreEqual(chunk.AudioSamples, (long)FfProbe.Int(audio, "nb_frames"), "samples declared");
        Assert.AreEqual(string.Empty, probe.Errors);
        CollectionAssert.AreEqual(chunk.AudioChunks.SelectMany(a => a).ToArray(), FfProbe.DecodeAudio(path), "ffmpeg decodes exactly the fed samples");
    }

    [TestMethod]
    public void EveryFedFrameAndAudioChunk_IsInTheFile_ByteForByte_InOrder_AndIndexed()
    {
        RecordedChunk chunk = ChunkRecorder.Record(frames: 30, audioSampleRateHz: 16000, width: 320, height: 240);

        List<AviChunk> indexed = AviInspector.ReadIndexed(chunk.File);
        var frames = indexed.Where(c => c.Id == "00dc").Select(c => c.Data).ToList();
        var audio = indexed.Where(c => c.Id == "01wb").Select(c => c.Data).ToList();
        var counts = AviInspector.HeaderCounts(chunk.File);

        Assert.AreEqual(chunk.Frames.Count, frames.Count);
        for (int i = 0; i < frames.Count; i++)
        {
            CollectionAssert.AreEqual(chunk.Frames[i], frames[i], "frame " + i);
        }

        CollectionAssert.AreEqual(chunk.AudioChunks.SelectMany(a => a).ToArray(), audio.SelectMany(a => a).ToArray());
        Assert.AreEqual(30u, counts.TotalFrames);
        Assert.AreEqual(30u, counts.VideoLength);
        Assert.AreEqual(chunk.AudioSamples, counts.AudioLength);
        Assert.IsTrue(chunk.Frames.Any(f => f.Length % 2 == 1), "the scene should give some odd-sized frames, which need a pad byte");
    }

    [TestMethod]
    public void FramesTheCameraSkipped_HoldTheirSlots_SoTheChunkLastsAsLongAsTheCameraRan()
    {
        // 30 slots at 15 fps with frames 5, 6 and 20 never delivered: 27 pictures over 2 s.
        RecordedChunk chunk = ChunkRecorder.Record(frames: 27, audioSampleRateHz: 16000, width: 320, height: 240, skipFrames: new[] { 5, 6, 20 });

        FfProbe probe = FfProbe.Run(chunk.SaveTo(OutputDirectory, "skipped-frames.avi"));
        var video = probe.Stream("video");
        List<AviChunk> indexed = AviInspector.ReadIndexed(chunk.File);
        var slots = indexed.Where(c => c.Id == "00dc").ToList();

        Assert.AreEqual(30, chunk.TimelineFrames);
        Assert.AreEqual(30, slots.Count);
        CollectionAssert.AreEqual(new[] { 5, 6, 20 }, slots.Select((s, i) => (s, i)).Where(p => p.s.Data.Length == 0).Select(p => p.i).ToArray());
        Assert.AreEqual(30, FfProbe.Int(video, "nb_frames"));
        Assert.AreEqual(2.0, FfProbe.Seconds(video, "duration"), 0.001);
        Assert.AreEqual(27, FfProbe.Int(video, "nb_read_frames"), "only real pictures decode");
        Assert.AreEqual(string.Empty, probe.Errors);
    }

    [TestMethod]
    public void CaptureJitter_WithinHalfAFrame_KeepsEveryFrameInItsOwnSlot()
    {
        RecordedChunk chunk = ChunkRecorder.Record(frames: 60, audioSampleRateHz: 0, width: 160, height: 120, jitterMs: 30);

        Assert.AreEqual(60, chunk.TimelineFrames);
    }

    [TestMethod]
    public void EachFrame_IsHandedToTheCardInOneWrite_OfTheCallersBuffer()
    {
        var format = new AviFormat(320, 240, 15, 10, 4096).WithAudio(16000, 10, 4096);
        var writer = new AviChunkWriter(format);
        var file = new RecordingCardFile();
        byte[] frame = new byte[3001];
        byte[] audio = new byte[2134];

        writer.Begin(file);
        for (int i = 0; i < 5; i++)
        {
            writer.WriteVideoFrame(frame, 0, frame.Length);
            writer.WriteAudio(audio, 0, audio.Length);
        }

        writer.Finish();

        Assert.AreEqual(5, file.Writes.Count(w => w.Buffer == frame && w.Count == frame.Length));
        Assert.AreEqual(5, file.Writes.Count(w => w.Buffer == audio && w.Count == audio.Length));
        Assert.IsTrue(file.Writes.Where(w => w.Buffer != frame && w.Buffer != audio).Skip(1).All(w => w.Count <= 9 || w.Count % 16 == 0),
            "besides the header, only chunk headers (with a pad byte owed) and the index are composed");
        Assert.AreEqual(1, file.WriteAts.Count, "one header patch at the end");
        Assert.AreEqual(2, file.Flushes, "index flushed before the header patch, then the patch");
    }

    [TestMethod]
    public void WritingChunkAfterChunk_AllocatesNothing()
    {
        var format = new AviFormat(640, 480, 15, 160, 64 * 1024).WithAudio(16000, 160, 4400);
        var writer = new AviChunkWriter(format);
        var file = new CountingCardFile();
        byte[] frame = new byte[30_001];
        byte[] audio = new byte[2134];
        WriteChunk(writer, file, frame, audio);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int chunk = 0; chunk < 3; chunk++)
        {
            WriteChunk(writer, file, frame, audio);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.AreEqual(0L, allocated);
    }

    [TestMethod]
    public void AFullIndex_IsReported_BeforeAWriteFails()
    {
        var writer = new AviChunkWriter(new AviFormat(160, 120, 15, 3, 1000));
        var file = new CountingCardFile();
        byte[] frame = new byte[100];
        writer.Begin(file);

        for (int i = 0; i < 3; i++)
        {
            Assert.IsTrue(writer.CanWriteVideoFrame);
            writer.WriteVideoFrame(frame, 0, frame.Length);
        }

        Assert.IsFalse(writer.CanWriteVideoFrame);
        Assert.ThrowsExactly<InvalidOperationException>(() => writer.WriteVideoFrame(frame, 0, frame.Length));
        Assert.ThrowsExactly<InvalidOperationException>(() => writer.WriteAudio(frame, 0, 2), "no audio stream configured");
    }

    [TestMethod]
    public void BadInput_IsRefused_WithoutTouchingTheFile()
    {
        var writer = new AviChunkWriter(new AviFormat(160, 120, 15, 10, 1000).WithAudio(16000, 10, 1000));
        var file = new CountingCardFile();
        writer.Begin(file);
        long length = file.Length;

        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => writer.WriteVideoFrame(new byte[1001], 0, 1001), "larger than declared");
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => writer.WriteVideoFrame(new byte[10], 0, 0), "empty frame");
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => writer.WriteAudio(new byte[10], 0, 3), "half a sample");
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => writer.WriteVideoFrame(new byte[10], 5, 6), "outside the buffer");
        Assert.AreEqual(length, file.Length);
    }

    private static void WriteChunk(AviChunkWriter writer, CountingCardFile file, byte[] frame, byte[] audio)
    {
        file.Reset();
        writer.Begin(file);
        for (int i = 0; i < 150; i++)
        {
            writer.WriteVideoFrame(frame, 0, frame.Length - (i & 1), i * 1000L / 15);
            writer.WriteAudio(audio, 0, audio.Length);
        }

        writer.Finish();
    }

    private sealed record Write(byte[] Buffer, int Offset, int Count);

    /// <summary>Remembers every call, to check how the writer talks to the card.</summary>
    private sealed class RecordingCardFile : ICardFile
    {
        public List<Write> Writes { get; } = new();

        public List<long> WriteAts { get; } = new();

        public int Flushes { get; private set; }

        public long Length { get; private set; }

        public void Write(byte[] buffer, int offset, int count)
        {
            Writes.Add(new Write(buffer, offset, count));
            Length += count;
        }

        public void WriteAt(long position, byte[] buffer, int offset, int count) => WriteAts.Add(position);

        public void Flush() => Flushes++;

        public void Dispose()
        {
        }
    }

    /// <summary>Counts bytes and nothing else, so any allocation measured is the writer's.</summary>
    private sealed class CountingCardFile : ICardFile
    {
        public long Length { get; private set; }

        public void Reset() => Length = 0;

        public void Write(byte[] buffer, int offset, int count) => Length += count;

        public void WriteAt(long position, byte[] buffer, int offset, int count)
        {
            if (position + count > Length)
            {
                throw new ArgumentOutOfRangeException(nameof(position));
            }
        }

        public void Flush()
        {
        }

        public void Dispose()
        {
        }
    }
}
