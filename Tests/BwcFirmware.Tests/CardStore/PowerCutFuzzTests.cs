using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.CardStore;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Media.Avi;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Tests.Card;
using BwcFirmware.Tests.Media;

namespace BwcFirmware.Tests.CardStore;

/// <summary>
/// Cuts the power at hundreds of points of one scripted shift (buffering, record start, chunk roll-over, mute,
/// marker, clip roll-over, stop) and checks, after boot recovery, that every chunk is a whole AVI, every
/// manifest verifies and is closed, and every frame a flush had made durable is on the card, once, in order.
/// </summary>
[TestClass]
public sealed class PowerCutFuzzTests
{
    private const int CutsPerPhase = 36;

    private static readonly string[] s_phases = { "buffering", "start", "recording", "roll-over", "mute", "marker", "stop" };

    [TestMethod]
    [DataRow(MediaEngineKind.Managed)]
    [DataRow(MediaEngineKind.Native)]
    public void PowerCutAnywhere_RecoveryKeepsEveryFlushedFrame_AndEveryClipVerifies(MediaEngineKind engine)
    {
        var totals = new Totals();
        List<Step> reference = Run(engine, cut: null, totals, out _);
        var random = new Random(20261126);
        int runs = 0;
        int torn = 0;
        var phasesCut = new Dictionary<string, int>();
        foreach (string phase in s_phases)
        {
            List<Step> steps = reference.Where(s => s.Phase == phase && s.OperationsAfter > s.OperationsBefore).ToList();
            Assert.IsTrue(steps.Count > 0, "the script covers " + phase);
            for (int i = 0; i < CutsPerPhase; i++)
            {
                Step step = steps[random.Next(steps.Count)];
                var cut = new Cut(
                    ByBytes: i % 2 == 1 && step.BytesAfter > step.BytesBefore,
                    Operations: random.NextInt64(step.OperationsBefore, step.OperationsAfter),
                    Bytes: random.NextInt64(step.BytesBefore, Math.Max(step.BytesBefore + 1, step.BytesAfter)),
                    Seed: runs + 1);
                Run(engine, cut, totals, out Outcome outcome);
                Assert.AreEqual(phase, reference[outcome.Step].Phase, $"run {runs}: the cut fell where it was aimed");
                phasesCut[phase] = phasesCut.GetValueOrDefault(phase) + 1;
                torn += outcome.TornBytes > 0 ? 1 : 0;
                runs++;
            }
        }

        Assert.IsTrue(runs >= 200, $"{runs} cut points");
        Assert.IsTrue(torn > 20, $"{torn} cuts left a torn write");
        Assert.IsTrue(phasesCut.Values.All(n => n == CutsPerPhase));

        // The checks had something to check: recovery repaired chunks, adopted a ring mid-start, dropped torn
        // manifest lines, and many flushed frames were expected back.
        Assert.IsTrue(totals.Repaired > 50, $"{totals.Repaired} chunks repaired");
        Assert.IsTrue(totals.Adopted > 0, $"{totals.Adopted} ring chunks adopted");
        Assert.IsTrue(totals.LinesDropped > 0, $"{totals.LinesDropped} torn manifest lines dropped");
        Assert.IsTrue(totals.ExpectedFrames > 10_000, $"{totals.ExpectedFrames} flushed frames checked");
    }

    private sealed class Totals
    {
        public int Repaired;
        public int Adopted;
        public int LinesDropped;
        public long ExpectedFrames;
    }

    private sealed record Cut(bool ByBytes, long Operations, long Bytes, int Seed);

    private sealed record Step(string Phase, long OperationsBefore, long OperationsAfter, long BytesBefore, long BytesAfter);

    private sealed record Outcome(int Step, int TornBytes);

    /// <summary>Plays the shift; with a cut, stops at it, powers on, recovers and checks the card.</summary>
    private static List<Step> Run(MediaEngineKind engine, Cut? cut, Totals totals, out Outcome outcome)
    {
        using var temp = new TempCard();
        FaultInjectingCardFileSystem card = temp.Faulty(cut?.Seed ?? 1);
        var journal = new JournalingCard(card);
        var space = new CardSpace(1L << 30, 0, 0, 4096);
        var frames = new TestFrames(fps: 10, startMs: 0, maxBytes: 300);
        var settings = new MediaSettings { ChunkSeconds = 2, PreEventSeconds = 4, MaxClipSeconds = 12, FramesPerSecond = 10, FlushIntervalMs = 1000 };
        var events = new EventRecorder();
        var pipeline = Pipelines.Create(engine, settings, journal, space, frames, new TestAudio(), new Sha256(), null, null, events);
        using var release = pipeline.Engine as IDisposable;
        if (cut != null)
        {
            if (cut.ByBytes)
            {
                card.CutPowerAfterBytes(cut.Bytes - card.BytesWritten);
            }
            else
            {
                // Counts in the reference run are absolute (the engine's constructor already looked at the card).
                card.CutPowerAfterOperations(cut.Operations - card.Operations);
            }
        }

        var steps = new List<Step>();
        bool inStart = false;
        int step = -1;
        long now = 0;

        bool Do(string name, Action action)
        {
            if (!card.IsAlive)
            {
                return false;
            }

            long ops = card.Operations;
            long bytes = card.BytesWritten;
            int chunks = events.Chunks.Count;
            step++;
            inStart = name == "start";
            action();
            if (name == "recording" && events.Chunks.Count > chunks)
            {
                name = "roll-over";
            }

            if (card.IsAlive)
            {
                steps.Add(new Step(name, ops, card.Operations, bytes, card.BytesWritten));
                inStart = false;
            }

            return card.IsAlive;
        }

        void PumpTo(long until, string name)
        {
            for (long t = now + 250; t <= until; t += 250)
            {
                now = t;
                if (!Do(name, () => pipeline.Pump(t)))
                {
                    return;
                }
            }
        }

        Do("buffering", () => pipeline.StartBuffering(0));
        PumpTo(9_000, "buffering");
        Do("start", () => pipeline.StartClip(9_000, "record.double"));
        PumpTo(14_000, "recording");
        Do("mute", () => pipeline.SetMuted(14_000, true));
        PumpTo(17_000, "recording");
        Do("marker", () => pipeline.Marker(17_000, "suspect left"));
        Do("mute", () => pipeline.SetMuted(17_000, false));
        PumpTo(23_000, "recording");
        Do("stop", () => pipeline.StopClip(23_000, "record.press"));
        PumpTo(26_000, "buffering");
        Do("start", () => pipeline.StartClip(26_000, "record.press"));
        PumpTo(29_000, "recording");
        Do("stop", () => pipeline.StopClip(29_000, "record.press"));

        if (cut == null)
        {
            Assert.IsTrue(card.IsAlive);
            Assert.AreEqual(2, events.Clips.Count(c => c.Cause == "record.press"), "the reference shift ends with two clips stopped");
            Assert.IsTrue(events.Clips.Any(c => c.Cause == ManifestFormat.RolloverCause), "and a clip roll-over");
            outcome = new Outcome(-1, 0);
            return steps;
        }

        Assert.IsFalse(card.IsAlive, "the cut happened");
        card.PowerOn();
        outcome = new Outcome(step, card.LastTornBytes);
        CheckAfterRecovery(card, journal, frames, inStart, cut, totals);
        return steps;
    }

    private static void CheckAfterRecovery(FaultInjectingCardFileSystem card, JournalingCard journal, TestFrames frames, bool cutDuringStart, Cut cut, Totals totals)
    {
        string context = $"cut {(cut.ByBytes ? "after bytes " + cut.Bytes : "after operations " + cut.Operations)}";
        List<int> clipsBefore = CardClips.Clips(card);
        bool startDurable = clipsBefore.Count > 0 && card.FileExists(CardLayout.ClipManifest(clipsBefore[^1]))
            && ClipManifest.Load(card, CardLayout.ClipManifest(clipsBefore[^1])) is { Start: not null, IsClosed: false };

        var audit = new AuditRecorder();
        RecoveryReport report = new BootRecovery(card, new Sha256(), audit).Run(100_000);
        Assert.AreEqual(0, report.Problems.Count, context + ": " + string.Join("; ", report.Problems.Cast<string>()));
        Assert.AreEqual(0, card.DirectoryExists(CardLayout.RingDirectory) ? card.ListFiles(CardLayout.RingDirectory).Length : 0, context + ": ring emptied");

        var expected = new SortedSet<int>();
        foreach ((string path, List<int> ids) in journal.Durable)
        {
            if (path.StartsWith(CardLayout.ClipsDirectory + "/", StringComparison.Ordinal) || (cutDuringStart && startDurable && path.StartsWith(CardLayout.RingDirectory + "/", StringComparison.Ordinal)))
            {
                expected.UnionWith(ids);
            }
        }

        var verifier = new ClipVerifier(card, new Sha256(), new byte[4096]);
        var present = new List<int>();
        var buffer = new byte[AviChunkRepair.MinBufferBytes * 4];
        foreach (int clip in CardClips.Clips(card))
        {
            var problems = verifier.Verify(CardLayout.ClipDirectory(clip), requireClosed: true).Cast<string>().ToList();
            Assert.AreEqual(0, problems.Count, $"{context}: clip {clip}: {string.Join("; ", problems)}");
            foreach (string path in CardClips.ChunkPaths(card, clip))
            {
                Assert.AreEqual(AviRepairOutcome.AlreadyWhole, AviChunkRepair.Scan(card, path, buffer).Outcome, $"{context}: {path} is whole");
                foreach (byte[] frame in CardClips.Read(card, path).Frames)
                {
                    int id = TestFrames.IndexOf(frame);
                    Assert.IsTrue(id >= 0, $"{context}: {path} holds a frame of ours");
                    CollectionAssert.AreEqual(frames.Frame(id), frame, $"{context}: frame {id} intact");
                    present.Add(id);
                }
            }
        }

        for (int i = 1; i < present.Count; i++)
        {
            Assert.IsTrue(present[i] > present[i - 1], $"{context}: frame {present[i]} after {present[i - 1]}: lost order or doubled");
        }

        totals.Repaired += report.ChunksRepaired;
        totals.Adopted += report.RingChunksAdopted;
        totals.LinesDropped += report.ManifestLinesDropped;
        totals.ExpectedFrames += expected.Count;
        var missing = expected.Except(present).ToList();
        Assert.AreEqual(0, missing.Count, $"{context}: flushed frames missing after recovery: {string.Join(",", missing.Take(20))}");

        RecoveryReport again = new BootRecovery(card, new Sha256(), audit).Run(200_000);
        Assert.AreEqual(0, again.ClipsClosed + again.ChunksRepaired + again.ChunksListed + again.ManifestLinesDropped, context + ": a second recovery finds nothing to do");
    }
}
