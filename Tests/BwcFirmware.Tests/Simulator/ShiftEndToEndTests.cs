using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Simulator.Scripting;
using BwcFirmware.Simulator.Simulation;

namespace BwcFirmware.Tests.Simulator
{
    /// <summary>
    /// Scripted shifts through the whole firmware on the simulated board: bouncing buttons, the real drivers,
    /// the recorder, the media pipeline writing to a card folder, the audit log. Assertions read the card. Each runs
    /// on both per-frame paths: native (the simulator's default) and the managed reference.
    /// </summary>
    [TestClass]
    public sealed class ShiftEndToEndTests
    {
        private const long FrameMs = 1000 / SimulatedShift.Fps + 1;

        // Two incidents: a marker and a privacy mute in the first, the second stopped after 15 s.
        private const string TwoIncidents = @"
00:00 power.on
00:40 record.double      # incident 1
00:50 record.press       # marker
00:55 function.hold      # privacy mute (on at 00:57)
01:05 function.hold      # unmute (at 01:07)
01:10 record.hold        # stop (at 01:13)
01:30 record.double      # incident 2
01:45 record.hold        # stop (at 01:48)
02:00 end
";

        private static long ChunkFrames(ClipManifest manifest, out long firstFrameMs)
        {
            long frames = 0;
            firstFrameMs = -1;
            for (int i = 0; i < manifest.ChunkCount; i++)
            {
                ManifestEntry chunk = manifest.ChunkAt(i);
                frames += chunk.GetNumber(ManifestKeys.Frames, 0);
                if (firstFrameMs < 0)
                {
                    firstFrameMs = chunk.GetNumber(ManifestKeys.First, -1);
                }
            }

            return frames;
        }

        private static List<ManifestEntry> Entries(ClipManifest manifest, ManifestEntryKind kind)
        {
            var entries = new List<ManifestEntry>();
            for (int i = 0; i < manifest.EntryCount; i++)
            {
                if (manifest.EntryAt(i).Kind == kind)
                {
                    entries.Add(manifest.EntryAt(i));
                }
            }

            return entries;
        }

        [TestMethod]
        [DataRow(MediaEngineChoice.Native)]
        [DataRow(MediaEngineChoice.Managed)]
        public void TwoIncidents_MakeTwoClipsWithPreEventVideoMarkerAndMute(MediaEngineChoice engine)
        {
            using SimulatedShift shift = SimulatedShift.Run(TwoIncidents, engine: engine);

            CollectionAssert.AreEqual(new[] { 1, 2 }, shift.ClipsOnCard());
            Assert.IsTrue(shift.Outcome.Verified, string.Join("; ", shift.Outcome.ClipProblems) + " " + shift.Outcome.Evidence.Summary());

            ClipManifest first = shift.Manifest(1);
            Assert.IsTrue(first.IsClosed);
            Assert.AreEqual("record.double", first.Start.Cause);
            Assert.AreEqual("record.hold", first.Stop.Cause);

            // The double press completes inside its 400 ms window; the hold fires 3 s after the press.
            long startMs = first.Start.MonoMs;
            long stopMs = first.Stop.MonoMs;
            Assert.IsTrue(startMs >= 40_000 && startMs <= 40_400, $"clip 1 starts at the double press, got {startMs}");
            Assert.IsTrue(stopMs >= 73_000 && stopMs <= 73_000 + FrameMs, $"clip 1 stops when the hold passes 3 s, got {stopMs}");

            long frames = ChunkFrames(first, out long firstFrameMs);
            long preEventMs = startMs - firstFrameMs;
            Assert.IsTrue(preEventMs >= 30_000 - FrameMs && preEventMs <= 40_000, $"30 s of pre-event video kept, got {preEventMs} ms");
            long videoMs = frames * 1000 / SimulatedShift.Fps;
            long spanMs = stopMs - firstFrameMs;
            Assert.IsTrue(Math.Abs(videoMs - spanMs) <= FrameMs, $"frames cover the clip within one frame: {videoMs} ms of video for {spanMs} ms");

            ManifestEntry marker = Entries(first, ManifestEntryKind.Marker).Single();
            Assert.IsTrue(marker.MonoMs >= 50_000 && marker.MonoMs <= 50_200, $"marker at the press, got {marker.MonoMs}");
            List<ManifestEntry> mutes = Entries(first, ManifestEntryKind.Mute);
            CollectionAssert.AreEqual(new[] { "on", "off" }, mutes.Select(m => m.Get(ManifestKeys.State)).ToArray());
            Assert.IsTrue(mutes[0].MonoMs >= 57_000 && mutes[0].MonoMs <= 57_000 + FrameMs, $"mute when the hold passes 2 s, got {mutes[0].MonoMs}");
            Assert.IsTrue(mutes[1].MonoMs >= 67_000 && mutes[1].MonoMs <= 67_000 + FrameMs, $"unmute at 01:07, got {mutes[1].MonoMs}");

            ClipManifest second = shift.Manifest(2);
            Assert.AreEqual(0, Entries(second, ManifestEntryKind.Marker).Count);
            Assert.AreEqual(0, Entries(second, ManifestEntryKind.Mute).Count);
            long secondPre = second.Start.MonoMs - FirstFrame(second);
            long bufferedSinceStop = second.Start.MonoMs - first.Stop.MonoMs;
            Assert.IsTrue(Math.Abs(secondPre - bufferedSinceStop) <= FrameMs, $"the ring restarts at clip 1's stop: {secondPre} ms kept of {bufferedSinceStop} ms buffered");
        }

        [TestMethod]
        [DataRow(MediaEngineChoice.Native)]
        [DataRow(MediaEngineChoice.Managed)]
        public void TwoIncidents_AuditChainHoldsEveryTransitionMarkerAndMuteInOrder(MediaEngineChoice engine)
        {
            using SimulatedShift shift = SimulatedShift.Run(TwoIncidents, engine: engine);

            List<AuditRecord> records = shift.AuditRecords();
            Assert.IsTrue(shift.Outcome.Evidence.Passed, shift.Outcome.Evidence.Summary());
            Assert.AreEqual(AuditEvents.PowerOn, records[0].EventName);
            CollectionAssert.AreEqual(
                Enumerable.Range(1, records.Count).Select(i => (long)i).ToArray(),
                records.Select(r => r.Sequence).ToArray(),
                "sequence numbers without gaps");
            string[] transitions = records.Where(r => r.EventName == AuditEvents.State).Select(r => r.Detail).ToArray();
            CollectionAssert.AreEqual(
                new[]
                {
                    "Idle->PreEventBuffer cause=card.inserted",
                    "PreEventBuffer->Recording cause=record.double",
                    "Recording->PrivacyMuted cause=function.hold",
                    "PrivacyMuted->Recording cause=function.hold",
                    "Recording->PreEventBuffer cause=record.hold",
                    "PreEventBuffer->Recording cause=record.double",
                    "Recording->PreEventBuffer cause=record.hold",
                    "PreEventBuffer->Idle cause=power.off",
                },
                transitions);
            Assert.AreEqual(1, records.Count(r => r.EventName == AuditEvents.Marker), "the one marker press is in the chain once");
            CollectionAssert.AreEqual(
                new[] { "on cause=function.hold", "off cause=function.hold" },
                records.Where(r => r.EventName == AuditEvents.Mute).Select(r => r.Detail).ToArray(),
                "each mute switch is in the chain once, with its cause");
            string[] anchors = records.Where(r => r.Detail.Contains("manifest-sha256=")).Select(r => r.DetailValue("clip")).ToArray();
            CollectionAssert.AreEqual(new[] { "000001", "000002" }, anchors, "each closed clip's manifest hash anchored in the chain");
            Assert.AreEqual(AuditEvents.PowerOff, records[^2].EventName, "the end of shift switches off in order");
            Assert.AreEqual(AuditEvents.SegmentClosed, records[^1].EventName, "and closes the segment after the power-off record");
        }

        [TestMethod]
        [DataRow(MediaEngineChoice.Native)]
        [DataRow(MediaEngineChoice.Managed)]
        public void PowerCutWhileRecording_RecoveryClosesTheClipWithEverythingFlushed(MediaEngineChoice engine)
        {
            const string script = @"
00:00 power.on
00:35 record.double
00:55 power.cut
01:00 power.on
01:20 end
";
            using SimulatedShift shift = SimulatedShift.Run(script, engine: engine);

            Assert.IsTrue(shift.Outcome.Verified, string.Join("; ", shift.Outcome.ClipProblems) + " " + shift.Outcome.Evidence.Summary());
            ClipManifest clip = shift.Manifest(1);
            Assert.AreEqual(ManifestFormat.RecoveredCause, clip.Stop.Cause);
            long frames = ChunkFrames(clip, out long firstFrameMs);
            long lastFlushedMs = 55_000 - firstFrameMs;
            long videoMs = frames * 1000 / SimulatedShift.Fps;

            // The flush policy bounds the loss to 1 s of video before the cut.
            Assert.IsTrue(videoMs >= lastFlushedMs - 1_000 - FrameMs && videoMs <= lastFlushedMs + FrameMs, $"{videoMs} ms kept of {lastFlushedMs} ms before the cut");

            // Recovery's stop line carries the last frame time it derived (the device's clock ran from 00:00).
            ManifestEntry lastChunk = clip.ChunkAt(clip.ChunkCount - 1);
            Assert.AreEqual(lastChunk.GetNumber(ManifestKeys.Last, -1), clip.Stop.MonoMs);
            Assert.IsTrue(clip.Stop.MonoMs >= 55_000 - 1_000 - FrameMs && clip.Stop.MonoMs < 55_000, $"stop mono={clip.Stop.MonoMs} for a cut at 55,000 ms");
            AuditRecord anchor = shift.AuditRecords().Single(r => r.EventName == AuditEvents.Recovery && r.Detail.Contains("manifest-sha256="));
            StringAssert.Contains(anchor.Detail, "cause=recovered", "recovery anchors the clip it closed in the chain");
            Assert.AreEqual(2, shift.Outcome.Result.Boots);
        }

        [TestMethod]
        [DataRow(MediaEngineChoice.Native)]
        [DataRow(MediaEngineChoice.Managed)]
        public void BounceOnTheButtons_NeverMakesExtraGestures(MediaEngineChoice engine)
        {
            // A single press while buffering means nothing; a bounce that split it into two would start a clip.
            const string script = @"
00:00 power.on
00:10 record.press
00:12 record.press
00:14 function.press
00:20 end
";
            foreach (int seed in new[] { 1, 2, 3 })
            {
                using SimulatedShift shift = SimulatedShift.Run(script, seed: seed, engine: engine);

                Assert.AreEqual(0, shift.ClipsOnCard().Length, $"seed {seed}: no clip from single presses");
                Assert.AreEqual(3, shift.AuditRecords().Count(r => r.Detail.StartsWith("record.press", StringComparison.Ordinal) || r.Detail.StartsWith("function.press", StringComparison.Ordinal) || r.Detail.Contains("cause=record.press") || r.Detail.Contains("cause=function.press")), $"seed {seed}: each press seen once");
            }
        }

        private static long FirstFrame(ClipManifest manifest)
        {
            ChunkFrames(manifest, out long first);
            return first;
        }
    }
}
