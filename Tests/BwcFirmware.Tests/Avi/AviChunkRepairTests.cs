using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Media.Avi;
using BwcFirmware.Tests.Fakes;

namespace BwcFirmware.Tests.Avi;

[TestClass]
public sealed class AviChunkRepairTests
{
    private const string Path_ = ChunkRecorder.ChunkPath;

    private static readonly Lazy<RecordedChunk> s_small = new(() => ChunkRecorder.Record(frames: 20, audioSampleRateHz: 16000, width: 160, height: 120));

    private static string OutputDirectory => Path.Combine(AppContext.BaseDirectory, "test-output", "avi-repair");

    [TestMethod]
    public void ClosedChunk_IsFoundWhole_AndNotWrittenTo()
    {
        RecordedChunk chunk = s_small.Value;
        MemoryCard card = CardWith(chunk.File);

        AviRepairResult scan = AviChunkRepair.Scan(card, Path_, new byte[4096]);
        AviRepairResult repair = AviChunkRepair.Repair(card, Path_, new byte[4096]);

        Assert.AreEqual(AviRepairOutcome.AlreadyWhole, scan.Outcome);
        Assert.AreEqual(AviRepairOutcome.AlreadyWhole, repair.Outcome);
        Assert.AreEqual(20, repair.VideoFrames);
        Assert.AreEqual(chunk.AudioChunks.Count, repair.AudioChunks);
        Assert.AreEqual(chunk.AudioSamples, repair.AudioSamples);
        Assert.AreEqual(0L, repair.BytesDropped);
        CollectionAssert.AreEqual(chunk.File, card.Bytes(Path_));
    }

    [TestMethod]
    public void ChunkCutAnywhere_KeepsEveryWholeChunkBeforeTheCut_AndNothingElse()
    {
        RecordedChunk chunk = s_small.Value;
        byte[] unpatched = chunk.Unpatched;
        List<AviChunk> written = AviInspector.ReadIndexed(chunk.File);
        List<long> cuts = CutPoints(chunk, written);
        int header = HeaderBytes(written);

        foreach (long cut in cuts)
        {
            MemoryCard card = CardWith(unpatched.AsSpan(0, (int)cut).ToArray());

            AviRepairResult result = AviChunkRepair.Repair(card, Path_, new byte[1024]);

            string at = "cut at " + cut;
            if (cut < header)
            {
                Assert.AreEqual(AviRepairOutcome.NoHeader, result.Outcome, at);
                Assert.AreEqual(cut, (long)card.Bytes(Path_).Length, at + ": a file without a header is left alone");
                continue;
            }

            var expected = written.Where(c => c.Position + 8 + c.Data.Length <= cut).ToList();
            byte[] repaired = card.Bytes(Path_);
            List<AviChunk> kept = AviInspector.ReadIndexed(repaired);
            Assert.AreEqual(AviRepairOutcome.Repaired, result.Outcome, at);
            CollectionAssert.AreEqual(expected.Select(c => c.Id + "@" + c.Position).ToArray(), kept.Select(c => c.Id + "@" + c.Position).ToArray(), at);
            for (int i = 0; i < kept.Count; i++)
            {
                CollectionAssert.AreEqual(expected[i].Data, kept[i].Data, at + ", chunk " + i);
            }

            int frames = expected.Count(c => c.Id == "00dc");
            long samples = expected.Where(c => c.Id == "01wb").Sum(c => (long)c.Data.Length) / 2;
            var counts = AviInspector.HeaderCounts(repaired);
            Assert.AreEqual(frames, result.VideoFrames, at);
            Assert.AreEqual(samples, result.AudioSamples, at);
            Assert.AreEqual((uint)frames, counts.TotalFrames, at);
            Assert.AreEqual((uint)frames, counts.VideoLength, at);
            Assert.AreEqual(samples, counts.AudioLength, at);
            Assert.AreEqual((long)repaired.Length, result.LengthAfter, at);
            Assert.AreEqual(Math.Max(0, cut - result.MediaEnd), result.BytesDropped, at);

            AviRepairResult again = AviChunkRepair.Repair(card, Path_, new byte[1024]);
            Assert.AreEqual(AviRepairOutcome.AlreadyWhole, again.Outcome, at + ": repair is idempotent");
            CollectionAssert.AreEqual(repaired, card.Bytes(Path_), at);
        }

        Assert.IsTrue(cuts.Count > 150, "cut points tried: " + cuts.Count);
    }

    [TestMethod]
    public void RepairedChunks_PlayInFfprobe_WithEveryKeptFrameAndSample()
    {
        RecordedChunk chunk = s_small.Value;
        byte[] unpatched = chunk.Unpatched;
        List<AviChunk> written = AviInspector.ReadIndexed(chunk.File);
        long idx1 = written[^1].Position + 8 + written[^1].Data.Length + (written[^1].Data.Length & 1);
        AviChunk middleFrame = written.Where(c => c.Id == "00dc").ElementAt(10);
        var cuts = new (string Name, long Cut)[]
        {
            ("before-any-media", HeaderBytes(written)),
            ("mid-chunk-header", middleFrame.Position + 5),
            ("mid-frame", middleFrame.Position + 8 + (middleFrame.Data.Length / 2)),
            ("frame-without-pad", OddFrame(written).Position + 8 + OddFrame(written).Data.Length),
            ("mid-idx1", idx1 + 8 + (16 * 7) + 3),
            ("idx1-whole-header-unpatched", chunk.File.Length),
        };

        foreach (var (name, cut) in cuts)
        {
            MemoryCard card = CardWith(unpatched.AsSpan(0, (int)cut).ToArray());
            AviRepairResult result = AviChunkRepair.Repair(card, Path_, new byte[4096]);
            Directory.CreateDirectory(OutputDirectory);
            string path = Path.Combine(OutputDirectory, name + ".avi");
            File.WriteAllBytes(path, card.Bytes(Path_));

            FfProbe probe = FfProbe.Run(path);

            Assert.AreEqual(string.Empty, probe.Errors, name);
            var video = probe.Stream("video");
            Assert.AreEqual("mjpeg", FfProbe.Text(video, "codec_name"), name);
            Assert.AreEqual(result.VideoFrames, FfProbe.CountOrZero(video, "nb_read_frames"), name);
            Assert.AreEqual(result.VideoFrames, FfProbe.CountOrZero(video, "nb_frames"), name);
            Assert.AreEqual(result.VideoFrames / 15.0, FfProbe.Seconds(video, "duration"), 0.001, name);
            var kept = written.Where(c => c.Position + 8 + c.Data.Length <= cut).ToList();
            Assert.AreEqual(kept.Count(c => c.Id == "00dc"), result.VideoFrames, name);
            if (kept.Any(c => c.Id == "01wb"))
            {
                CollectionAssert.AreEqual(kept.Where(c => c.Id == "01wb").SelectMany(c => c.Data).ToArray(), FfProbe.DecodeAudio(path), name);
            }
        }
    }

    [TestMethod]
    public void TenSecondChunkCutMidFrame_PlaysBackToTheLastWholeFrame()
    {
        RecordedChunk chunk = ChunkRecorder.Record(frames: 150, audioSampleRateHz: 16000);
        List<AviChunk> written = AviInspector.ReadIndexed(chunk.File);
        AviChunk frame = written.Where(c => c.Id == "00dc").ElementAt(137);
        MemoryCard card = CardWith(chunk.Unpatched.AsSpan(0, (int)(frame.Position + 8 + 1000)).ToArray());

        AviRepairResult result = AviChunkRepair.Repair(card, Path_, new byte[4096]);
        string path = Path.Combine(OutputDirectory, "ten-seconds-cut.avi");
        Directory.CreateDirectory(OutputDirectory);
        File.WriteAllBytes(path, card.Bytes(Path_));
        FfProbe probe = FfProbe.Run(path);

        Assert.AreEqual(AviRepairOutcome.Repaired, result.Outcome);
        Assert.AreEqual(137, result.VideoFrames);
        Assert.AreEqual(1008L, result.BytesDropped, "the 8-byte header and 1000 bytes of the cut frame");
        Assert.AreEqual(137, FfProbe.Int(probe.Stream("video"), "nb_read_frames"));
        Assert.AreEqual(137 / 15.0, FfProbe.Seconds(probe.Stream("video"), "duration"), 0.001);
        Assert.AreEqual(string.Empty, probe.Errors);
    }

    [TestMethod]
    public void RepairCutByAPowerCut_IsRepeatedAtTheNextBoot_AndEndsTheSame()
    {
        RecordedChunk chunk = s_small.Value;
        List<AviChunk> written = AviInspector.ReadIndexed(chunk.File);
        AviChunk frame = written.Where(c => c.Id == "00dc").ElementAt(12);
        byte[] cutFile = chunk.Unpatched.AsSpan(0, (int)(frame.Position + 8 + 100)).ToArray();
        MemoryCard reference = CardWith(cutFile);
        AviChunkRepair.Repair(reference, Path_, new byte[1024]);
        List<AviChunk> expected = AviInspector.ReadIndexed(reference.Bytes(Path_));

        for (int budget = 0; budget < 600; budget += 7)
        {
            var card = new PowerCutCard(CardWith(cutFile), budget);
            try
            {
                AviChunkRepair.Repair(card, Path_, new byte[1024]);
            }
            catch (CardException)
            {
                // The power went; the next boot repairs again.
            }

            AviRepairResult second = AviChunkRepair.Repair(card.Inner, Path_, new byte[1024]);

            List<AviChunk> kept = AviInspector.ReadIndexed(card.Inner.Bytes(Path_));
            Assert.AreEqual(12, second.VideoFrames, "budget " + budget);
            CollectionAssert.AreEqual(expected.Select(c => c.Position).ToArray(), kept.Select(c => c.Position).ToArray(), "budget " + budget);
        }
    }

    [TestMethod]
    public void ScanOfACutChunk_SaysItNeedsRepair_AndWritesNothing()
    {
        RecordedChunk chunk = s_small.Value;
        byte[] cutFile = chunk.Unpatched.AsSpan(0, chunk.File.Length - 20).ToArray();
        MemoryCard card = CardWith(cutFile);

        AviRepairResult scan = AviChunkRepair.Scan(card, Path_, new byte[1024]);

        Assert.AreEqual(AviRepairOutcome.NeedsRepair, scan.Outcome);
        Assert.AreEqual("needs-repair", AviRepairOutcomeNames.Name(scan.Outcome));
        Assert.AreEqual(20, scan.VideoFrames);
        CollectionAssert.AreEqual(cutFile, card.Bytes(Path_));
    }

    [TestMethod]
    public void ClosedChunkWithADamagedIndexEntry_IsNotTakenAsWhole_AndGetsItsIndexRebuilt()
    {
        RecordedChunk chunk = s_small.Value;
        byte[] damaged = (byte[])chunk.File.Clone();
        List<AviChunk> written = AviInspector.ReadIndexed(chunk.File);
        long idx1 = written[^1].Position + 8 + written[^1].Data.Length + (written[^1].Data.Length & 1);
        damaged[idx1 + 8 + (16 * 9) + 8] ^= 0x02; // entry 9's offset
        MemoryCard card = CardWith(damaged);

        AviRepairResult scan = AviChunkRepair.Scan(card, Path_, new byte[1024]);
        AviRepairResult repair = AviChunkRepair.Repair(card, Path_, new byte[1024]);
        List<AviChunk> kept = AviInspector.ReadIndexed(card.Bytes(Path_));

        Assert.AreEqual(AviRepairOutcome.NeedsRepair, scan.Outcome);
        Assert.AreEqual(AviRepairOutcome.Repaired, repair.Outcome);
        CollectionAssert.AreEqual(written.Select(c => c.Position).ToArray(), kept.Select(c => c.Position).ToArray());
    }

    private static MemoryCard CardWith(byte[] bytes)
    {
        var card = new MemoryCard();
        card.CreateDirectory("clips/000001");
        card.Put(Path_, bytes);
        return card;
    }

    private static int HeaderBytes(List<AviChunk> written) => (int)written[0].Position;

    private static AviChunk OddFrame(List<AviChunk> written) => written.Where(c => c.Id == "00dc" && c.Data.Length % 2 == 1).Skip(3).First();

    /// <summary>Every chunk boundary and a few points inside each header, frame, pad and the index; the header too.</summary>
    private static List<long> CutPoints(RecordedChunk chunk, List<AviChunk> written)
    {
        var cuts = new SortedSet<long> { 0, 1, 11, 12, 20, 100, HeaderBytes(written) - 1, HeaderBytes(written) };
        foreach (AviChunk c in written)
        {
            long dataEnd = c.Position + 8 + c.Data.Length;
            foreach (long cut in new[] { c.Position + 1, c.Position + 4, c.Position + 7, c.Position + 8, c.Position + 8 + (c.Data.Length / 2), dataEnd - 1, dataEnd, dataEnd + 1 })
            {
                cuts.Add(cut);
            }
        }

        long idx1 = written[^1].Position + 8 + written[^1].Data.Length + (written[^1].Data.Length & 1);
        for (long cut = idx1; cut <= chunk.File.Length; cut += 13)
        {
            cuts.Add(cut);
        }

        cuts.Add(chunk.File.Length);
        return cuts.Where(c => c <= chunk.File.Length).ToList();
    }

    /// <summary>A card whose power goes after a budget of written bytes: the last write lands partly, then it throws.</summary>
    private sealed class PowerCutCard : ICardFileSystem
    {
        private int _budget;

        public PowerCutCard(MemoryCard inner, int budget)
        {
            Inner = inner;
            _budget = budget;
        }

        public MemoryCard Inner { get; }

        public bool FileExists(string path) => Inner.FileExists(path);

        public bool DirectoryExists(string path) => Inner.DirectoryExists(path);

        public void CreateDirectory(string path) => Inner.CreateDirectory(path);

        public string[] ListFiles(string directory) => Inner.ListFiles(directory);

        public string[] ListDirectories(string directory) => Inner.ListDirectories(directory);

        public long GetLength(string path) => Inner.GetLength(path);

        public ICardFile Create(string path) => new CuttingFile(this, Inner.Create(path));

        public ICardFile OpenAppend(string path) => new CuttingFile(this, Inner.OpenAppend(path));

        public int Read(string path, long position, byte[] buffer, int offset, int count) => Inner.Read(path, position, buffer, offset, count);

        public void Rename(string fromPath, string toPath) => Inner.Rename(fromPath, toPath);

        public void Delete(string path) => Inner.Delete(path);

        public long GetFreeBytes() => Inner.GetFreeBytes();

        private int Take(int count)
        {
            int granted = Math.Min(count, _budget);
            _budget -= granted;
            return granted;
        }

        private sealed class CuttingFile : ICardFile
        {
            private readonly PowerCutCard _card;
            private readonly ICardFile _inner;

            public CuttingFile(PowerCutCard card, ICardFile inner)
            {
                _card = card;
                _inner = inner;
            }

            public long Length => _inner.Length;

            public void Write(byte[] buffer, int offset, int count)
            {
                int granted = _card.Take(count);
                _inner.Write(buffer, offset, granted);
                if (granted < count)
                {
                    throw new CardException(CardFault.Removed, "power cut");
                }
            }

            public void WriteAt(long position, byte[] buffer, int offset, int count)
            {
                int granted = _card.Take(count);
                _inner.WriteAt(position, buffer, offset, granted);
                if (granted < count)
                {
                    throw new CardException(CardFault.Removed, "power cut");
                }
            }

            public void Flush() => _inner.Flush();

            public void Dispose() => _inner.Dispose();
        }
    }
}
