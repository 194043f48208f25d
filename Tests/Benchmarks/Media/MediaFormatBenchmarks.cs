using System;
using BenchmarkDotNet.Attributes;
using BwcFirmware.Drivers.Host.Camera;
using BwcFirmware.Drivers.Host.Hashing;
using BwcFirmware.Shared.Hashing;

namespace BwcFirmware.Benchmarks.Media
{
    /// <summary>
    /// What the media-format pieces cost on the host: hashing a 30 KB frame with the portable SHA-256 against
    /// the host's native one (the baseline), and rendering one simulated-camera frame (a 10-minute shift at
    /// 15 fps is 9,000 of them). Run: <c>dotnet run -c Release --project Tests/Benchmarks -- --filter '*MediaFormat*'</c>.
    /// </summary>
    [MemoryDiagnoser]
    [ShortRunJob]
    public class MediaFormatBenchmarks
    {
        private readonly byte[] _frame = new byte[30 * 1024];
        private readonly byte[] _digest = new byte[32];
        private readonly Sha256 _portable = new Sha256();
        private readonly HostSha256 _host = new HostSha256();
        private SkiaFrameSource _camera;
        private byte[] _jpeg;
        private long _index;

        /// <summary>Fills the frame and builds the camera once.</summary>
        [GlobalSetup]
        public void Setup()
        {
            new Random(1).NextBytes(_frame);
            _camera = new SkiaFrameSource(new SimulatedCameraSettings());
            _jpeg = new byte[_camera.MaxFrameBytes];
        }

        /// <summary>Releases the camera.</summary>
        [GlobalCleanup]
        public void Cleanup()
        {
            _camera.Dispose();
            _host.Dispose();
        }

        /// <summary>Baseline: .NET's native SHA-256 over a 30 KB frame.</summary>
        [Benchmark(Baseline = true)]
        public void HostSha256_30KB()
        {
            _host.Append(_frame, 0, _frame.Length);
            _host.Finish(_digest, 0);
        }

        /// <summary>The portable SHA-256 (the device's fallback) over the same frame.</summary>
        [Benchmark]
        public void PortableSha256_30KB()
        {
            _portable.Append(_frame, 0, _frame.Length);
            _portable.Finish(_digest, 0);
        }

        /// <summary>One 640x480 frame of the simulated camera: scene, overlay, JPEG encode.</summary>
        [Benchmark]
        public int RenderCameraFrame_640x480()
        {
            long index = _index++;
            return _camera.Render(index, index * 1000 / 15, _jpeg);
        }
    }
}
