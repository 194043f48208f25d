using System;
using System.Diagnostics;
using System.IO;
using BwcFirmware.Drivers.Host.NativeMedia;
using BwcFirmware.Shared.Media.Manifest;

namespace BwcFirmware.Benchmarks.NativeMedia
{
    /// <summary>
    /// The native per-frame path driven from .NET through P/Invoke, as the simulator drives it: 30 KiB frames at
    /// 15 fps with 16 kHz PCM into 10 s chunks in a folder in memory. Reports time per frame and managed bytes
    /// allocated per frame in steady state (after the first chunk). Its C twin with the C-loop baseline is
    /// nm_bench (same folder). Usage: <c>-- native-media [frames] [folder]</c>.
    /// </summary>
    internal static class NativeMediaRun
    {
        private const int FrameBytes = 30720;
        private const int PcmPerFrame = 2134;
        private const int Fps = 15;

        public static int Run(string[] args)
        {
            int frames = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10000;
            string root = args.Length > 1 ? args[1] : "/dev/shm/bwc-native-media-run";
            Directory.CreateDirectory(Path.Combine(root, "clip"));
            var config = new NativeRecorderConfig
            {
                Format = new NativeAviFormat { Width = 640, Height = 480, FramesPerSecond = Fps, MaxVideoFrames = 11 * Fps, MaxVideoFrameBytes = FrameBytes, AudioRateHz = 16000, MaxAudioChunks = (2 * 11 * Fps) + 64, MaxAudioChunkBytes = 8192 },
                ChunkMs = 10000,
                FlushIntervalMs = 1000,
            };
            byte[] frame = new byte[FrameBytes];
            byte[] pcm = new byte[PcmPerFrame];
            new Random(1).NextBytes(frame);
            new Random(2).NextBytes(pcm);
            var record = new ChunkRecord { Sha256 = new byte[32] };
            long bytes = 0;
            int chunks = 0;
            long steadyAllocated = 0;
            var clock = Stopwatch.StartNew();
            using (var recorder = new NativeRecorder(root, config))
            {
                Check(recorder.Begin("clip", 1, withAudio: true));
                long allocatedAtSteady = 0;
                for (int i = 0; i < frames; i++)
                {
                    if (i == 10 * Fps)
                    {
                        allocatedAtSteady = GC.GetAllocatedBytesForCurrentThread();
                    }

                    Check(recorder.Audio(pcm, PcmPerFrame));
                    Check(recorder.Frame(frame, FrameBytes - (i % 7), (long)i * 1000 / Fps));
                    while (recorder.TryTakeClosed(record, out _))
                    {
                        // Once per chunk: the record's name and path become strings here.
                        bytes += record.Bytes;
                        chunks++;
                    }
                }

                steadyAllocated = GC.GetAllocatedBytesForCurrentThread() - allocatedAtSteady;
                Check(recorder.CloseChunk());
                Check(recorder.Settle());
                while (recorder.TryTakeClosed(record, out _))
                {
                    bytes += record.Bytes;
                    chunks++;
                }
            }

            clock.Stop();
            Directory.Delete(root, recursive: true);
            double perFrameUs = clock.Elapsed.TotalMilliseconds * 1000 / frames;
            Console.WriteLine($"native path through P/Invoke: {frames} frames, {chunks} chunks, {bytes / 1e6:F1} MB");
            Console.WriteLine($"  {perFrameUs:F2} us/frame, {bytes / 1e6 / clock.Elapsed.TotalSeconds:F0} MB/s");
            Console.WriteLine($"  managed bytes allocated in steady state: {steadyAllocated} over {frames - (10 * Fps)} frames ({(double)steadyAllocated / (frames - (10 * Fps)):F2} B/frame; the closed chunks' name and path strings)");
            return 0;
        }

        private static void Check(NativeResult result)
        {
            if (result != NativeResult.Ok)
            {
                throw new InvalidOperationException("native media: " + result);
            }
        }
    }
}
