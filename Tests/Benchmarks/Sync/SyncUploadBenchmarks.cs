using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BwcFirmware.Drivers.Host.Hashing;
using BwcFirmware.Drivers.Host.Http;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Sync;

namespace BwcFirmware.Benchmarks.Sync
{
    /// <summary>
    /// Sync throughput to the reference station on loopback: the whole tus path (SyncAgent, TusClient,
    /// HostHttpTransport streaming from the card, @tus/server writing to disk, hash confirmation) against a
    /// plain HTTP PUT of the same bytes to the same Node process. Goal: TusSync time ratio at most 1/0.9 = 1.11.
    /// PlainHttpPieces sends the same bytes as plain PATCH requests of PieceBytes each, waiting for each answer
    /// (no tus, no hash, no journal): the share of the gap that the request-per-piece pattern itself costs.
    /// The job (in-process, Monitoring, iterations) comes from the command line; see Shared/Sync/README.md.
    /// </summary>
    public class SyncUploadBenchmarks
    {
        internal const string Token = "bench-token";
        internal const int FileBytes = 16 * 1024 * 1024;
        internal static string ChunkPath { get; } = CardLayout.ClipChunk(1, 1);
        internal static string ManifestPath { get; } = CardLayout.ClipManifest(1);

        private BenchStation _station;
        private BenchCard _card;
        private HttpClient _plain;
        private string _sha256;
        private int _run;

        /// <summary>PATCH piece size: 256 KiB to the default 4 MiB, and the whole chunk in one PATCH (one request per file).</summary>
        [Params(256 * 1024, 1024 * 1024, 4 * 1024 * 1024, FileBytes)]
        public int PieceBytes { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _station = new BenchStation(Token);
            _card = new BenchCard();
            byte[] bytes = new byte[FileBytes];
            new Random(42).NextBytes(bytes);
            _card.WriteFile(ChunkPath, bytes);
            _sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
            WriteManifest(_card, _sha256);
            _plain = new HttpClient(new SocketsHttpHandler { UseProxy = false });
            _plain.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
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
            _plain.Dispose();
            _station.Dispose();
            _card.Dispose();
        }

        /// <summary>A small manifest beside the chunk, as every clip has.</summary>
        internal static void WriteManifest(BenchCard card, string chunkSha256)
        {
            card.WriteFile(ManifestPath, System.Text.Encoding.ASCII.GetBytes("start clip=000001\nchunk 000001.avi sha256=" + chunkSha256 + "\nstop\n"));
        }

        /// <summary>Baseline: the chunk and the manifest, each in one streamed PUT to the same Node process.</summary>
        [Benchmark(Baseline = true)]
        public void PlainHttpPut()
        {
            Put(hashed: false);
        }

        /// <summary>The baseline with the station hashing the bytes as they arrive (what the profile's hash costs on its own).</summary>
        [Benchmark]
        public void PlainHttpPutHashed()
        {
            Put(hashed: true);
        }

        /// <summary>The same two files as plain PATCH requests of <see cref="PieceBytes"/>, one answer awaited per piece.</summary>
        [Benchmark]
        public void PlainHttpPieces()
        {
            _run++;
            foreach (string path in new[] { ChunkPath, ManifestPath })
            {
                using var file = new FileStream(_card.Full(path), FileMode.Open, FileAccess.Read, FileShare.Read, 1);
                var target = new Uri(new Uri(_station.Url), "/plain/run" + _run + "-" + Path.GetFileName(path));
                long length = file.Length;
                for (long offset = 0; offset < length; offset += PieceBytes)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Patch, target);
                    request.Headers.Add("Upload-Offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    request.Content = new FileRangeContent(file, offset, Math.Min(PieceBytes, length - offset));
                    using HttpResponseMessage response = _plain.Send(request);
                    if (!response.IsSuccessStatusCode)
                    {
                        throw new InvalidOperationException("baseline piece failed: " + (int)response.StatusCode);
                    }
                }
            }
        }

        /// <summary>The device path: SyncAgent delivers the file as tus pieces and waits for the station's hash.</summary>
        [Benchmark]
        public void TusSync()
        {
            using var transport = new HostHttpTransport(_card, new HostHttpSettings { BearerToken = Token });
            SyncRun.Deliver(transport, _station.Url, _card, _sha256, PieceBytes);
        }

        private void Put(bool hashed)
        {
            _run++;
            foreach (string path in new[] { ChunkPath, ManifestPath })
            {
                using var file = new FileStream(_card.Full(path), FileMode.Open, FileAccess.Read, FileShare.Read, 1);
                using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(new Uri(_station.Url), "/plain/run" + _run + "-" + Path.GetFileName(path)));
                request.Content = new StreamContent(file, 64 * 1024);
                if (hashed)
                {
                    request.Headers.Add("Baseline-Sha256", "yes");
                }

                using HttpResponseMessage response = _plain.SendAsync(request).GetAwaiter().GetResult();
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException("baseline upload failed: " + (int)response.StatusCode);
                }

                if (hashed && path == ChunkPath && (!response.Headers.TryGetValues("Upload-Computed-Sha256", out var hash) || hash.Single() != _sha256))
                {
                    throw new InvalidOperationException("the station hashed other bytes");
                }
            }
        }
    }

    /// <summary>Runs a sync agent on simulated time until one clip is confirmed.</summary>
    internal static class SyncRun
    {
        public static void Deliver(IHttpTransport transport, string url, ICardFileSystem card, string sha256, int pieceBytes)
        {
            var settings = new SyncSettings("bench-cam") { PieceBytes = pieceBytes };
            var catalog = new BenchCatalog(
                new SyncFile(SyncUploadBenchmarks.ChunkPath, SyncFile.ChunkKind, 1, 1, sha256),
                new SyncFile(SyncUploadBenchmarks.ManifestPath, SyncFile.ManifestKind, 1, -1, null));
            using var hash = new HostSha256();
            var agent = new SyncAgent(settings, new TusClient(transport, url), card, catalog, hash, new NoAudit(), null);
            agent.SetConditions(docked: true, recording: false, networkUp: true);
            long now = 0;
            for (int i = 0; i < 100000 && agent.Status != SyncStatus.UpToDate; i++)
            {
                now = Math.Max(now + 1, agent.NextAttemptMs);
                agent.Step(now);
                if (agent.Status == SyncStatus.Blocked || agent.Status == SyncStatus.NotConfirmed)
                {
                    break;
                }
            }

            if (agent.Status != SyncStatus.UpToDate || agent.FilesConfirmed != 2)
            {
                throw new InvalidOperationException("sync did not complete: " + agent.LastFault);
            }
        }
    }
}
