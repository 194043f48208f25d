using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using BwcFirmware.Drivers.Host.Http;
using BwcFirmware.Drivers.Host.Link;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Sync;

namespace BwcFirmware.Benchmarks.Sync
{
    /// <summary>
    /// Sync over a modelled dock link (<see cref="ShapedLink"/>): tus sync of a clip (one chunk and its
    /// manifest) against a plain streamed PUT of the same bytes over the same link to the same station, rounds
    /// interleaved, after one warm-up round; then a cut mid-file and the bytes re-sent after it. A measured run
    /// rather than BenchmarkDotNet: one operation takes seconds by design, and the baseline is shared by every
    /// piece size. Goal: sync at least 0.95x the plain PUT's throughput; re-sent after a cut at most 256 KiB.
    ///
    ///   dotnet run -c Release --project Tests/Benchmarks -- sync-over-link [--rounds 3] [--chunk-mib 8]
    ///       [--link 20mbit/5ms --link 5mbit/20ms] [--piece 262144 --piece 1048576 ...]
    /// </summary>
    internal static class SyncOverLinkRun
    {
        // What a device's TCP stack buffers, about: the transport and the baseline send through the same.
        private const int SendBufferBytes = 16 * 1024;

        public static int Run(string[] args)
        {
            int rounds = 3;
            int chunkMiB = 8;
            var links = new List<LinkShape>();
            var pieces = new List<int>();
            for (int i = 0; i + 1 < args.Length; i += 2)
            {
                switch (args[i])
                {
                    case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                    case "--chunk-mib": chunkMiB = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                    case "--piece": pieces.Add(int.Parse(args[i + 1], CultureInfo.InvariantCulture)); break;
                    case "--link":
                        if (!LinkShape.TryParse(args[i + 1], out LinkShape shape, out string problem))
                        {
                            Console.Error.WriteLine(problem);
                            return 2;
                        }

                        links.Add(shape);
                        break;
                    default:
                        Console.Error.WriteLine("unknown option " + args[i]);
                        return 2;
                }
            }

            if (links.Count == 0)
            {
                links.Add(new LinkShape(20_000_000, 5));
                links.Add(new LinkShape(5_000_000, 20));
            }

            if (pieces.Count == 0)
            {
                pieces.AddRange(new[] { 256 * 1024, 1024 * 1024, SyncSettings.DefaultPieceBytes });
            }

            Console.WriteLine($"sync over a modelled link: a clip of one {chunkMiB} MiB chunk and its manifest; {rounds} rounds after a warm-up; load average {LoadAverage()}");
            foreach (LinkShape link in links)
            {
                MeasureLink(link, rounds, chunkMiB * 1024 * 1024, pieces);
            }

            Console.WriteLine($"load average at the end {LoadAverage()}");
            return 0;
        }

        private static void MeasureLink(LinkShape shape, int rounds, int chunkBytes, List<int> pieces)
        {
            using var station = new BenchStation(SyncUploadBenchmarks.Token);
            using var link = new ShapedLink(station.Port, shape);
            using var card = new BenchCard();
            byte[] bytes = new byte[chunkBytes];
            new Random(44).NextBytes(bytes);
            card.WriteFile(SyncUploadBenchmarks.ChunkPath, bytes);
            string sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
            SyncUploadBenchmarks.WriteManifest(card, sha256);
            long clipBytes = chunkBytes + card.GetLength(SyncUploadBenchmarks.ManifestPath);
            string url = link.Through(station.Url);
            var handler = new SocketsHttpHandler { UseProxy = false, ConnectCallback = SendBufferConnector.Callback(SendBufferBytes) };
            using var plain = new HttpClient(handler) { Timeout = TimeSpan.FromMinutes(10) };
            plain.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SyncUploadBenchmarks.Token);

            var plainMs = new List<double>();
            var tusMs = pieces.ToDictionary(p => p, _ => new List<double>());
            int run = 0;
            for (int round = 0; round <= rounds; round++)
            {
                double ms = Time(() => PlainPut(plain, new Uri(url), card, ++run));
                Clean(station, card);
                if (round > 0)
                {
                    plainMs.Add(ms);
                }

                foreach (int piece in pieces)
                {
                    ms = Time(() => Tus(card, url, sha256, piece, out _));
                    Clean(station, card);
                    if (round > 0)
                    {
                        tusMs[piece].Add(ms);
                    }
                }
            }

            double ideal = (clipBytes / shape.BytesPerSecond * 1000) + shape.RoundTripMs;
            double plainMedian = Median(plainMs);
            Console.WriteLine();
            Console.WriteLine($"link {shape}: {clipBytes:N0} bytes take {ideal:F0} ms at the link's rate plus one round trip");
            Console.WriteLine($"  plain PUT (baseline)    median {plainMedian,7:F0} ms  [{string.Join(", ", plainMs.Select(m => m.ToString("F0", CultureInfo.InvariantCulture)))}]  {clipBytes * 8 / plainMedian / 1000:F2} Mbit/s");
            foreach (int piece in pieces)
            {
                double median = Median(tusMs[piece]);
                Console.WriteLine($"  tus sync, {Piece(piece),9} pieces median {median,7:F0} ms  [{string.Join(", ", tusMs[piece].Select(m => m.ToString("F0", CultureInfo.InvariantCulture)))}]  {clipBytes * 8 / median / 1000:F2} Mbit/s  throughput {plainMedian / median:F3}x the plain PUT");
            }

            foreach (int piece in pieces)
            {
                // A cut a third of a piece past the middle of the chunk: inside a PATCH body.
                long cutAt = (chunkBytes / 2) + (piece / 3);
                link.CutAfter(cutAt);
                int cuts = link.Cuts;
                Tus(card, url, sha256, piece, out long written);
                Clean(station, card);
                string how = link.Cuts == cuts + 1 ? "cut" : "NOT CUT";
                Console.WriteLine($"  {how} mid-file, {Piece(piece),9} pieces: re-sent {written - clipBytes:N0} bytes (goal <= 262,144)");
            }
        }

        private static void PlainPut(HttpClient plain, Uri station, BenchCard card, int run)
        {
            foreach (string path in new[] { SyncUploadBenchmarks.ChunkPath, SyncUploadBenchmarks.ManifestPath })
            {
                using var file = new FileStream(card.Full(path), FileMode.Open, FileAccess.Read, FileShare.Read, 1);
                using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(station, "/plain/run" + run + "-" + Path.GetFileName(path)));
                request.Content = new StreamContent(file, 64 * 1024);
                using HttpResponseMessage response = plain.Send(request);
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException("baseline upload failed: " + (int)response.StatusCode);
                }
            }
        }

        private static void Tus(BenchCard card, string url, string sha256, int piece, out long bodyBytesWritten)
        {
            using var transport = new HostHttpTransport(card, new HostHttpSettings { BearerToken = SyncUploadBenchmarks.Token, SendBufferBytes = SendBufferBytes });
            SyncRun.Deliver(transport, url, card, sha256, piece);
            bodyBytesWritten = transport.BodyBytesWritten;
        }

        private static void Clean(BenchStation station, BenchCard card)
        {
            station.ClearStorage();
            if (card.DirectoryExists(CardLayout.SyncDirectory))
            {
                Directory.Delete(card.Full(CardLayout.SyncDirectory), true);
            }
        }

        private static double Time(Action action)
        {
            long start = Stopwatch.GetTimestamp();
            action();
            return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        private static double Median(List<double> values)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }

        private static string Piece(int bytes) => bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";

        private static string LoadAverage()
        {
            try
            {
                return File.ReadAllText("/proc/loadavg").Split(' ')[0];
            }
            catch (IOException)
            {
                return "unknown";
            }
        }
    }
}
