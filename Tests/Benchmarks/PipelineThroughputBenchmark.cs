using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Drivers.Host.Hashing;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media;

namespace BwcFirmware.Benchmarks
{
    /// <summary>
    /// 10,000 frames of 30 KiB at 15 fps with 16 kHz PCM through the managed media pipeline to the host card
    /// (chunks, index, manifest, SHA-256 of every chunk read back), against a raw sequential FileStream replay
    /// of exactly the writes, write sizes, header patches and flushes the pipeline made, in the same run.
    /// Results are per frame (OperationsPerInvoke); MemoryDiagnoser gives bytes allocated per frame.
    /// </summary>
    /// <remarks>
    /// Run: <c>dotnet run -c Release --project Tests/Benchmarks -- --filter '*PipelineThroughput*'</c>.
    /// In process, one invocation per iteration, each on a fresh card folder.
    /// Both sides flush to the OS at the same points (no fsync: the host's page cache stands in for the card
    /// so the figure is the pipeline's own cost, not the disk's).
    /// </remarks>
    [Config(typeof(MonitoringInProcess))]
    public class PipelineThroughputBenchmark
    {
        private const int Frames = 10_000;
        private const int FrameBytes = 30 * 1024;
        private const int FramesPerSecond = 15;

        private readonly byte[] _payload = new byte[64 * 1024];
        private List<WriteStep> _script;
        private string _root;
        private MediaPipeline _pipeline;
        private BenchFrames _frames;
        private MediaPipeline _unhashedPipeline;
        private BenchFrames _unhashedFrames;

        /// <summary>Six measured iterations of one invocation each, after one warm-up, in this process.</summary>
        private sealed class MonitoringInProcess : ManualConfig
        {
            public MonitoringInProcess()
            {
                AddJob(Job.Default
                    .WithStrategy(RunStrategy.Monitoring)
                    .WithLaunchCount(1)
                    .WithWarmupCount(1)
                    .WithIterationCount(6)
                    .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)));
                AddDiagnoser(MemoryDiagnoser.Default);
            }
        }

        /// <summary>Records the pipeline's writes once, for the raw replay.</summary>
        [GlobalSetup]
        public void RecordScript()
        {
            new Random(1).NextBytes(_payload);
            string root = NewRoot();
            var recorder = new WriteRecorder(new DirectoryCardFileSystem(root, syncToDisk: false));
            MediaPipeline pipeline = NewPipeline(recorder, out BenchFrames frames);
            RecordAll(pipeline, frames);
            _script = recorder.Steps;
            Directory.Delete(root, recursive: true);

            // Allocation in steady state, measured directly: a second run after a first has warmed every pool.
            root = NewRoot();
            pipeline = NewPipeline(new DirectoryCardFileSystem(root, syncToDisk: false), out frames);
            pipeline.StartClip(0, "bench");
            Pump(pipeline, frames, 0, 300);
            long before = GC.GetAllocatedBytesForCurrentThread();
            Pump(pipeline, frames, 300, Frames + 300);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            pipeline.StopClip(frames.CaptureTimeOf(Frames + 300), "bench");
            Console.WriteLine($"// steady state: {allocated} bytes allocated over {Frames} frames = {(double)allocated / Frames:F2} B/frame");
            Directory.Delete(root, recursive: true);
        }

        /// <summary>A fresh card folder and engine for each iteration (not measured).</summary>
        [IterationSetup]
        public void NewCard()
        {
            _root = NewRoot();
            _pipeline = NewPipeline(new DirectoryCardFileSystem(_root, syncToDisk: false), out _frames);
            _unhashedPipeline = NewPipeline(new DirectoryCardFileSystem(Path.Combine(_root, "unhashed"), syncToDisk: false), out _unhashedFrames, new NoHash());
        }

        /// <summary>Removes the iteration's files.</summary>
        [IterationCleanup]
        public void RemoveCard()
        {
            Directory.Delete(_root, recursive: true);
        }

        /// <summary>The same writes, sizes, patches and flushes as the pipeline, straight to FileStreams.</summary>
        [Benchmark(Baseline = true, OperationsPerInvoke = Frames)]
        public long RawFileStream()
        {
            var open = new Dictionary<int, FileStream>();
            long total = 0;
            foreach (WriteStep step in _script)
            {
                switch (step.Kind)
                {
                    case StepKind.Create:
                        open[step.File] = new FileStream(Path.Combine(_root, "raw-" + step.File.ToString("D6")), FileMode.CreateNew, FileAccess.Write, FileShare.Read, 4096);
                        break;
                    case StepKind.Write:
                        open[step.File].Write(_payload, 0, step.Count);
                        total += step.Count;
                        break;
                    case StepKind.WriteAt:
                        FileStream stream = open[step.File];
                        long end = stream.Position;
                        stream.Position = step.Position;
                        stream.Write(_payload, 0, step.Count);
                        stream.Position = end;
                        break;
                    case StepKind.Flush:
                        open[step.File].Flush(false);
                        break;
                    case StepKind.Close:
                        open[step.File].Dispose();
                        open.Remove(step.File);
                        break;
                }
            }

            return total;
        }

        /// <summary>The pipeline: record 10,000 frames with audio into a clip and close it.</summary>
        [Benchmark(OperationsPerInvoke = Frames)]
        public int Pipeline()
        {
            RecordAll(_pipeline, _frames);
            return _pipeline.ClipSequence;
        }

        /// <summary>
        /// The same pipeline with a hash that does nothing: not how the engine runs (it always hashes), but it
        /// separates the write path's own cost from the SHA-256 of every chunk read back.
        /// </summary>
        [Benchmark(OperationsPerInvoke = Frames)]
        public int PipelineWithoutHash()
        {
            RecordAll(_unhashedPipeline, _unhashedFrames);
            return _unhashedPipeline.ClipSequence;
        }

        private static void RecordAll(MediaPipeline pipeline, BenchFrames frames)
        {
            pipeline.StartClip(0, "bench");
            Pump(pipeline, frames, 0, Frames);
            pipeline.StopClip(frames.CaptureTimeOf(Frames), "bench");
        }

        private static void Pump(MediaPipeline pipeline, BenchFrames frames, int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                pipeline.Pump(frames.CaptureTimeOf(i) + 1);
            }
        }

        private MediaPipeline NewPipeline(ICardFileSystem card, out BenchFrames frames, ISha256 sha = null)
        {
            frames = new BenchFrames(_payload, FrameBytes, FramesPerSecond);
            var space = new CardSpace(1L << 40, 0, 0, CardSpace.DefaultClusterBytes);
            var settings = new MediaSettings { DeviceId = "BWC-BENCH", FramesPerSecond = FramesPerSecond, PreEventSeconds = 0, MaxClipSeconds = 24 * 3600 };
            return new MediaPipeline(settings, new AccountedCardFileSystem(card, space), space, frames, new BenchAudio(16000), sha ?? new HostSha256(), null, null);
        }

        private static string NewRoot()
        {
            return Path.Combine(Path.GetTempPath(), "bwc-bench-" + Guid.NewGuid().ToString("N"));
        }
    }
}
