using System.Security.Cryptography;
using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Drivers.Host.NativeMedia;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Media.Avi;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Tests.Card;
using BwcFirmware.Tests.Media;

namespace BwcFirmware.Tests.NativeMedia;

/// <summary>
/// The native media path (Drivers/NativeMedia, through P/Invoke) writes the same bytes as the managed reference
/// engine for the same frames, audio, times, mutes and chunk length. Needs artifacts/native/host (Tests/run.sh
/// builds it; `bash Drivers/NativeMedia/build.sh host` alone).
/// </summary>
[TestClass]
public sealed class NativeIdentityTests
{
    [TestMethod]
    public void SameFramesAudioAndTimes_GiveTheSameChunkBytes_FromBothWriters()
    {
        var random = new Random(13);
        foreach (bool audio in new[] { false, true })
        {
            var format = new AviFormat(320, 240, 15, 60, 5000);
            if (audio)
            {
                format.WithAudio(16000, 140, 4400);
            }

            using var managedCard = new TempCard();
            using var nativeCard = new TempCard();
            var managed = new AviChunkWriter(format);
            using var native = new NativeChunkWriter(nativeCard.Root, format);
            using (ICardFile file = managedCard.Durable.Create("chunk.avi"))
            {
                managed.Begin(file);
                native.Begin("chunk.avi");
                long time = 5000;
                for (int i = 0; managed.CanWriteVideoFrame && i < 80; i++)
                {
                    // Odd and even sizes, jitter under half a period, and now and then two or three skipped slots.
                    byte[] frame = new byte[random.Next(1, 5001)];
                    random.NextBytes(frame);
                    time += i % 17 == 9 ? 200 : 66 + random.Next(-20, 21);
                    managed.WriteVideoFrame(frame, 0, frame.Length, time);
                    native.WriteVideoFrame(frame, 0, frame.Length, time);
                    if (audio && managed.CanWriteAudio)
                    {
                        byte[] pcm = new byte[2 * random.Next(1, 2201)];
                        random.NextBytes(pcm);
                        managed.WriteAudio(pcm, 0, pcm.Length);
                        native.WriteAudio(pcm, 0, pcm.Length);
                    }
                }

                Assert.IsTrue(managed.SkippedFrameSlots > 0, "the vector must hold skipped slots");
                Assert.AreEqual(managed.Finish(), native.Finish());
            }

            byte[] expected = File.ReadAllBytes(Path.Combine(managedCard.Root, "chunk.avi"));
            byte[] actual = File.ReadAllBytes(Path.Combine(nativeCard.Root, "chunk.avi"));
            CollectionAssert.AreEqual(expected, actual, audio ? "with audio" : "video only");
            Assert.AreEqual(Convert.ToHexString(SHA256.HashData(expected)), Convert.ToHexString(SHA256.HashData(actual)));
        }
    }

    [TestMethod]
    public void SameShiftWithMuteAndSkippedFrames_GivesTheSameChunkFilesAndHashes_FromBothEngines()
    {
        using var managedCard = new TempCard();
        using var nativeCard = new TempCard();
        var fed = new FedMedia();
        var settings = new MediaSettings { PreEventSeconds = 0, ChunkSeconds = 10, FramesPerSecond = 15, FrameWidth = 320, FrameHeight = 240 };
        var camera = fed.Camera(new TestFrames(15, 0, 3000), dropEvery: 41);
        var microphone = fed.Microphone(new TestAudio(16000));
        var space = CardSpace.Measure(managedCard.Durable, 1L << 30, 0, 4096);
        var events = new EventRecorder();
        var pipeline = Pipelines.Managed(settings, managedCard.Durable, space, camera, microphone, new Sha256(), null, null, events);

        Pump(pipeline, 0, 1000);
        pipeline.StartClip(1000, "test");
        fed.Command('S', 1000);
        Pump(pipeline, 1000, 12400);
        pipeline.SetMuted(12450, true);
        fed.Command('M', 12450);
        Pump(pipeline, 12450, 15000);
        pipeline.SetMuted(15020, false);
        fed.Command('U', 15020);
        Pump(pipeline, 15020, 26000);
        pipeline.StopClip(26030, "test");
        fed.Command('E', 26030);

        string clip = Directory.GetDirectories(Path.Combine(managedCard.Root, CardLayout.ClipsDirectory)).Single();
        string clipDirectory = CardLayout.ClipsDirectory + "/" + Path.GetFileName(clip);
        Directory.CreateDirectory(Path.Combine(nativeCard.Root, clipDirectory));
        var records = Replay(fed, nativeCard.Root, clipDirectory, settings, camera.MaxFrameBytes);

        Assert.AreEqual(3, events.Chunks.Count, "10 s chunks over 25 s of recording");
        Assert.AreEqual(events.Chunks.Count, records.Count);
        for (int i = 0; i < records.Count; i++)
        {
            Assert.AreEqual(events.Chunks[i].Name, records[i].Name);
            Assert.AreEqual(events.Chunks[i].Bytes, records[i].Bytes);
            Assert.AreEqual(events.Chunks[i].Frames, records[i].Frames);
            Assert.AreEqual(events.Chunks[i].Sha256, Convert.ToHexStringLower(records[i].Sha256));
            byte[] expected = File.ReadAllBytes(Path.Combine(clip, records[i].Name));
            byte[] actual = File.ReadAllBytes(Path.Combine(nativeCard.Root, clipDirectory, records[i].Name));
            CollectionAssert.AreEqual(expected, actual, records[i].Name);
        }

        // The shift holds what the check is about: skipped-frame slots, and a muted stretch in the second chunk.
        var (emptySlots, silentAudioChunks) = Count(File.ReadAllBytes(Path.Combine(clip, records[1].Name)));
        Assert.IsTrue(emptySlots > 0 && silentAudioChunks > 30, emptySlots + " empty slots, " + silentAudioChunks + " silent audio chunks");
    }

    private static (int EmptySlots, int SilentAudioChunks) Count(byte[] chunk)
    {
        int emptySlots = 0;
        int silent = 0;
        for (int at = 326; at + 8 <= chunk.Length;)
        {
            string id = System.Text.Encoding.ASCII.GetString(chunk, at, 4);
            int size = BitConverter.ToInt32(chunk, at + 4);
            if (id == "idx1")
            {
                break;
            }

            emptySlots += id == "00dc" && size == 0 ? 1 : 0;
            silent += id == "01wb" && chunk.AsSpan(at + 8, size).IndexOfAnyExcept((byte)0) < 0 ? 1 : 0;
            at += 8 + size + (size & 1);
        }

        return (emptySlots, silent);
    }

    [TestMethod]
    public void PulledCard_IsReportedAsCardRemoved_AndFramesAreRefusedUntilTheNextSegment()
    {
        using var card = new TempCard();
        Directory.CreateDirectory(Path.Combine(card.Root, "clip"));
        var config = new NativeRecorderConfig
        {
            Format = NativeChunkWriter.ToNative(new AviFormat(320, 240, 15, 165, 1000)),
            ChunkMs = 10000,
            FlushIntervalMs = 1000,
        };
        using var recorder = new NativeRecorder(card.Root, config);
        byte[] frame = new byte[500];
        Assert.AreEqual(NativeResult.Ok, recorder.Begin("clip", 1, withAudio: false));
        Assert.AreEqual(NativeResult.Ok, recorder.Frame(frame, frame.Length, 0));
        recorder.PlanFaults(removed: true);
        Assert.AreEqual(NativeResult.CardRemoved, recorder.Frame(frame, frame.Length, 66));
        Assert.AreEqual(NativeResult.BadState, recorder.Frame(frame, frame.Length, 133));
        recorder.PlanFaults();
        Assert.AreEqual(NativeResult.Ok, recorder.Begin("clip", 2, withAudio: false));
        Assert.AreEqual(NativeResult.Ok, recorder.Frame(frame, frame.Length, 200));
        Assert.AreEqual(NativeResult.Ok, recorder.CloseChunk());
        Assert.AreEqual(NativeResult.Ok, recorder.Settle());
        var record = new ChunkRecord { Sha256 = new byte[32] };
        Assert.IsTrue(recorder.TryTakeClosed(record, out string path));
        Assert.AreEqual("clip/000002.avi", path);
        CollectionAssert.AreEqual(SHA256.HashData(File.ReadAllBytes(Path.Combine(card.Root, path))), record.Sha256);
    }

    private static void Pump(MediaPipeline pipeline, long fromMs, long toMs)
    {
        for (long t = fromMs + 100; t <= toMs; t += 100)
        {
            pipeline.Pump(t);
        }
    }

    /// <summary>Pushes what the managed engine read into the native recorder, as the ESP32's drivers would.</summary>
    private static List<ChunkRecord> Replay(FedMedia fed, string root, string clipDirectory, MediaSettings settings, int maxFrameBytes)
    {
        var config = new NativeRecorderConfig
        {
            Format = new NativeAviFormat
            {
                Width = (uint)settings.FrameWidth,
                Height = (uint)settings.FrameHeight,
                FramesPerSecond = (uint)settings.FramesPerSecond,
                MaxVideoFrames = (uint)settings.MaxFramesPerChunk,
                MaxVideoFrameBytes = (uint)maxFrameBytes,
                AudioRateHz = 16000,
                MaxAudioChunks = (uint)settings.MaxAudioChunksPerChunk,
                MaxAudioChunkBytes = (uint)settings.MaxAudioChunkBytes,
            },
            ChunkMs = (uint)settings.ChunkMs,
            FlushIntervalMs = (uint)settings.FlushIntervalMs,
        };
        var records = new List<ChunkRecord>();
        using var recorder = new NativeRecorder(root, config);
        bool recording = false;
        for (int i = 0; i < fed.Log.Count; i++)
        {
            var (kind, bytes, timeMs) = fed.Log[i];
            NativeResult result = NativeResult.Ok;
            switch (kind)
            {
                case 'S':
                    result = recorder.Begin(clipDirectory, 1, withAudio: true);
                    recording = true;
                    break;
                case 'M':
                case 'U':
                    result = recorder.SetMuted(kind == 'M');
                    break;
                case 'E':
                    result = recorder.CloseChunk();
                    recording = false;
                    break;
                case 'A' when recording:
                    result = recorder.Audio(bytes, bytes.Length);
                    break;
                case 'F' when recording:
                    // The engine reads a frame, then the PCM up to its capture time: on the device that PCM
                    // is pushed first. PCM read up to a command's time (a mute) stays after the frame.
                    while (result == NativeResult.Ok && i + 1 < fed.Log.Count && fed.Log[i + 1].Kind == 'A' && fed.Log[i + 1].TimeMs == timeMs)
                    {
                        i++;
                        result = recorder.Audio(fed.Log[i].Bytes, fed.Log[i].Bytes.Length);
                    }

                    if (result == NativeResult.Ok)
                    {
                        result = recorder.Frame(bytes, bytes.Length, timeMs);
                    }

                    break;
            }

            Assert.AreEqual(NativeResult.Ok, result, kind + " at " + timeMs);
        }

        Assert.AreEqual(NativeResult.Ok, recorder.Settle());
        var record = new ChunkRecord { Sha256 = new byte[32] };
        while (recorder.TryTakeClosed(record, out _))
        {
            records.Add(record);
            record = new ChunkRecord { Sha256 = new byte[32] };
        }

        return records;
    }
}
