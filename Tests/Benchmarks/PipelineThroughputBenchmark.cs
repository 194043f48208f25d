using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
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
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.Benchmarks
{
    /// <summary>
    /// 10,000 frames of 30 KiB at 15 fps with 16 kHz PCM through the managed media pipeline to the host card
    /// (chunks, index, manifest, SHA-256 of every chunk read back), against a raw sequential FileStream replay
    /// of exactly the writes, write sizes, header patches and flushes the pipeline made, in the same run.
    /// Closed chunks are hashed two ways: on a worker thread (<see cref="BackgroundFileHasher"/>: another core,
    /// as the device's native engine will do with its hardware hash) and in slices on the frame thread
    /// (<see cref="SlicedFileHasher"/>: one core, as the managed engine does on the device today).
    /// Results are per frame (OperationsPerInvoke); MemoryDiagnoser gives bytes allocated per frame.
    /// </summary>
    /// <remarks>
    /// Run: <c>dotnet run -c Release --project Tests/Benchmarks -- --filter '*PipelineThroughput*'</c>.
    /// In process, one invocation per iteration (15 of them), each on a fresh card folder.
    /// Both sides flush to the OS at the same points, into a folder in memory (no fsync, no disk: the host's
    /// page cache stands in for the card so the figure is the pipeline's own cost, not the disk's).
    /// </remarks>
    [Config(typeof(MonitoringInProcess))]
    public class PipelineThroughputBenchmark
    {
        private const int Frames = 10_000;
        private const int FrameBytes = 30 * 1024;
        private const int FramesPerSecond = 15;

        private readonly byte[] _payload = new byte[64 * 1024];
        private readonly byte[] _digest = new byte[32];
        private List<WriteStep> _script;
        private string _root;
        private Rig _worker;
        private Rig _sliced;
        private Rig _skipped;
        private HostSha256 _sha;

        /// <summary>
        /// Fifteen measured iterations of one invocation each, after one warm-up, in this process, with the
        /// median beside the mean: on a shared machine a busy neighbour shows as an outlier iteration.
        /// </summary>
        private sealed class MonitoringInProcess : ManualConfig
        {
            public MonitoringInProcess()
            {
                AddJob(Job.Default
                    .WithStrategy(RunStrategy.Monitoring)
                    .WithLaunchCount(1)
                    .WithWarmupCount(1)
                    .WithIterationCount(15)
                    .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)));
                AddDiagnoser(MemoryDiagnoser.Default);
                AddColumn(StatisticColumn.Median);
            }
        }

        /// <summary>Records the pipeline's writes once, for the raw replay, and measures steady-state allocation.</summary>
        [GlobalSetup]
        public void RecordScript()
        {
            new Random(1).NextBytes(_payload);
            string root = NewRoot();
            var recorder = new WriteRecorder(new DirectoryCardFileSystem(root, syncToDisk: false));
            using (Rig rig = new Rig(recorder, root, _payload, worker: false))
            {
                RecordAll(rig);
            }

            _script = recorder.Steps;
            Directory.Delete(root, recursive: true);

            MeasureSteadyState(worker: true);
            MeasureSteadyState(worker: false);
        }

        /// <summary>A fresh card folder and engines for each iteration (not measured).</summary>
        [IterationSetup]
        public void NewCard()
        {
            _root = NewRoot();
            string worker = Path.Combine(_root, "worker");
            string sliced = Path.Combine(_root, "sliced");
            _worker = new Rig(new DirectoryCardFileSystem(worker, syncToDisk: false), worker, _payload, worker: true);
            _sliced = new Rig(new DirectoryCardFileSystem(sliced, syncToDisk: false), sliced, _payload, worker: false);
            string skipped = Path.Combine(_root, "skipped");
            var skippedCard = new DirectoryCardFileSystem(skipped, syncToDisk: false);
            _skipped = new Rig(skippedCard, skipped, _payload, worker: false, new SkippedHash(skippedCard));
            _sha = new HostSha256();
        }

        /// <summary>Removes the iteration's files.</summary>
        [IterationCleanup]
        public void RemoveCard()
        {
            _worker.Dispose();
            _sliced.Dispose();
            _skipped.Dispose();
            _sha.Dispose();
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

        /// <summary>The pipeline, closed chunks hashed on a worker thread: record 10,000 frames into a clip and close it.</summary>
        [Benchmark(OperationsPerInvoke = Frames)]
        public int PipelineHashOnWorker()
        {
            RecordAll(_worker);
            return _worker.Pipeline.ClipSequence;
        }

        /// <summary>The pipeline, closed chunks hashed in slices between frames on the one thread.</summary>
        [Benchmark(OperationsPerInvoke = Frames)]
        public int PipelineHashInSlices()
        {
            RecordAll(_sliced);
            return _sliced.Pipeline.ClipSequence;
        }

        /// <summary>
        /// The pipeline with a hasher that reads and hashes nothing: not how the engine runs, but it separates
        /// the write path's own cost from the SHA-256 of every byte.
        /// </summary>
        [Benchmark(OperationsPerInvoke = Frames)]
        public int PipelineHashSkipped()
        {
            RecordAll(_skipped);
            return _skipped.Pipeline.ClipSequence;
        }

        /// <summary>
        /// SHA-256 alone over the bytes the pipeline writes, from memory in the same sizes: what any way of
        /// hashing every byte costs at least, the bound for the rows above on this machine.
        /// </summary>
        [Benchmark(OperationsPerInvoke = Frames)]
        public long Sha256Alone()
        {
            long total = 0;
            foreach (WriteStep step in _script)
            {
                if (step.Kind == StepKind.Write)
                {
                    _sha.Append(_payload, 0, step.Count);
                    total += step.Count;
                }
            }

            _sha.Finish(_digest, 0);
            return total;
        }

        /// <summary>
        /// Bytes allocated (all threads) over 10,000 frames after 300 frames of warm-up, printed to the log with
        /// how many frames allocated anything at all (each is a chunk boundary: a file opened or a hash settled).
        /// </summary>
        private void MeasureSteadyState(bool worker)
        {
            string root = NewRoot();
            using (var rig = new Rig(new DirectoryCardFileSystem(root, syncToDisk: false), root, _payload, worker))
            {
                rig.Pipeline.StartClip(0, "bench");
                Pump(rig, 0, 300);
                long total = 0;
                int allocating = 0;
                for (int i = 300; i < Frames + 300; i++)
                {
                    long before = GC.GetTotalAllocatedBytes(precise: true);
                    rig.Pipeline.Pump(rig.Frames.CaptureTimeOf(i) + 1);
                    long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                    total += allocated;
                    allocating += allocated > 0 ? 1 : 0;
                }

                rig.Pipeline.StopClip(rig.Frames.CaptureTimeOf(Frames + 300), "bench");
                string name = worker ? "hash on worker" : "hash in slices";
                Console.WriteLine($"// steady state, {name}: {total} B over {Frames} frames = {(double)total / Frames:F2} B/frame; {allocating} frames allocated anything, {Frames - allocating} allocated 0 B");
            }

            Directory.Delete(root, recursive: true);
        }

        private static void RecordAll(Rig rig)
        {
            rig.Pipeline.StartClip(0, "bench");
            Pump(rig, 0, Frames);
            rig.Pipeline.StopClip(rig.Frames.CaptureTimeOf(Frames), "bench");
        }

        private static void Pump(Rig rig, int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                rig.Pipeline.Pump(rig.Frames.CaptureTimeOf(i) + 1);
            }
        }

        /// <summary>
        /// A fresh folder in memory where the host has one (/dev/shm): every iteration writes hundreds of MB, and
        /// on a disk-backed folder the kernel's write-back of earlier iterations throttles whichever row runs
        /// next, which measures the disk, not the code.
        /// </summary>
        private static string NewRoot()
        {
            string memory = "/dev/shm";
            string parent = Directory.Exists(memory) ? memory : Path.GetTempPath();
            return Path.Combine(parent, "bwc-bench-" + Guid.NewGuid().ToString("N"));
        }

        /// <summary>An engine on a card folder with its camera, microphone and chunk hasher.</summary>
        private sealed class Rig : IMediaEvents, IDisposable
        {
            private readonly IDisposable _hasher;

            public Rig(ICardFileSystem card, string root, byte[] payload, bool worker, IFileHasher hasherOverride = null)
            {
                Frames = new BenchFrames(payload, FrameBytes, FramesPerSecond);
                var space = new CardSpace(1L << 40, 0, 0, CardSpace.DefaultClusterBytes);
                var settings = new MediaSettings { DeviceId = "BWC-BENCH", FramesPerSecond = FramesPerSecond, PreEventSeconds = 0, MaxClipSeconds = 24 * 3600 };
                IFileHasher hasher = hasherOverride ?? (worker
                    ? new BackgroundFileHasher(new DirectoryCardFileSystem(root, syncToDisk: false), new HostSha256())
                    : new SlicedFileHasher(card, new HostSha256(), 16384));
                _hasher = hasher as IDisposable;
                Pipeline = new MediaPipeline(new MediaParts
                {
                    Settings = settings,
                    Card = new AccountedCardFileSystem(card, space),
                    Space = space,
                    Engine = new ManagedFramePath(settings, card, Frames, new BenchAudio(16000), hasher),
                    Sha256 = new HostSha256(),
                    Events = this,
                });
            }

            public BenchFrames Frames { get; }

            public MediaPipeline Pipeline { get; }

            public void ChunkClosed(int clipSequence, ChunkRecord chunk)
            {
            }

            public void ClipClosed(int clipSequence, string cause, byte[] manifestSha256)
            {
            }

            public void CardFull(long nowMs)
            {
            }

            public void CardFault(long nowMs, CardFault fault)
            {
            }

            public void Dispose()
            {
                _hasher?.Dispose();
            }
        }
    }
}
