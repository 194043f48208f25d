using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BwcFirmware.Drivers.Host.Http;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Sync;
using BwcFirmware.Tests.Sync;

namespace BwcFirmware.Benchmarks.Sync
{
    /// <summary>
    /// A connection cut in the middle of the file (a TCP proxy drops it half-way through a PATCH) against the
    /// same upload uncut through the same proxy. Besides the time ratio it prints the body bytes re-sent after
    /// the cut (bytes the device wrote to the network minus the file length); goal: at most one piece.
    /// The job (in-process, Monitoring, iterations) comes from the command line; see Shared/Sync/README.md.
    /// </summary>
    public class SyncResumeBenchmarks
    {
        private static readonly List<long> s_resent = new List<long>();

        private BenchStation _station;
        private BenchCard _card;
        private CuttingProxy _proxy;
        private string _sha256;
        private string _url;

        [GlobalSetup]
        public void Setup()
        {
            _station = new BenchStation(SyncUploadBenchmarks.Token);
            _proxy = new CuttingProxy(_station.Port);
            _url = "http://127.0.0.1:" + _proxy.Port + "/files/";
            _card = new BenchCard();
            byte[] bytes = new byte[SyncUploadBenchmarks.FileBytes];
            new Random(43).NextBytes(bytes);
            _card.WriteFile(SyncUploadBenchmarks.ChunkPath, bytes);
            _sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
            SyncUploadBenchmarks.WriteManifest(_card, _sha256);
        }

        [IterationCleanup]
        public void Clean()
        {
            _station.ClearStorage();
            if (_card.DirectoryExists(CardLayout.SyncDirectory))
            {
                Directory.Delete(_card.Full(CardLayout.SyncDirectory), true);
            }
        }

        [GlobalCleanup]
        public void Teardown()
        {
            if (s_resent.Count > 0)
            {
                Console.WriteLine("// sync-resend: piece={0} bytes, cuts={1}, re-sent after cut: min={2} mean={3:F0} max={4} bytes, max/piece={5:F3}",
                    SyncSettings.DefaultPieceBytes, s_resent.Count, s_resent.Min(), s_resent.Average(), s_resent.Max(),
                    s_resent.Max() / (double)SyncSettings.DefaultPieceBytes);
            }

            _proxy.Dispose();
            _station.Dispose();
            _card.Dispose();
        }

        [Benchmark(Baseline = true)]
        public void Uncut()
        {
            using var transport = new HostHttpTransport(_card, new HostHttpSettings { BearerToken = SyncUploadBenchmarks.Token });
            SyncRun.Deliver(transport, _url, _card, _sha256, SyncSettings.DefaultPieceBytes);
        }

        [Benchmark]
        public void CutMidFileThenResume()
        {
            using var transport = new HostHttpTransport(_card, new HostHttpSettings { BearerToken = SyncUploadBenchmarks.Token });
            // Half the file plus a third of a piece: the cut falls inside a PATCH body.
            _proxy.CutAfter((SyncUploadBenchmarks.FileBytes / 2) + (SyncSettings.DefaultPieceBytes / 3));
            int cuts = _proxy.Cuts;
            SyncRun.Deliver(transport, _url, _card, _sha256, SyncSettings.DefaultPieceBytes);
            if (_proxy.Cuts != cuts + 1)
            {
                throw new InvalidOperationException("the connection was not cut");
            }

            s_resent.Add(transport.BodyBytesWritten - SyncUploadBenchmarks.FileBytes - _card.GetLength(SyncUploadBenchmarks.ManifestPath));
        }
    }
}
