using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace BwcFirmware.Benchmarks.Sync
{
    /// <summary>Starts Tests/Station/station.mjs (with its plain-upload baseline route) for the sync benchmarks.</summary>
    internal sealed class BenchStation : IDisposable
    {
        private readonly Process _process;

        public BenchStation(string token)
        {
            Storage = Path.Combine(Path.GetTempPath(), "bwc-bench-station-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Storage);
            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = StationFolder(),
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[] { "station.mjs", "--port", "0", "--storage", Storage, "--token", token, "--baseline-route" })
            {
                start.ArgumentList.Add(argument);
            }

            var ready = new TaskCompletionSource<string>();
            _process = new Process { StartInfo = start };
            _process.OutputDataReceived += (_, e) =>
            {
                if (e.Data != null && e.Data.StartsWith("station listening ", StringComparison.Ordinal))
                {
                    ready.TrySetResult(e.Data.Substring("station listening ".Length).Trim());
                }
            };
            _process.Start();
            _process.BeginOutputReadLine();
            if (!ready.Task.Wait(TimeSpan.FromSeconds(20)))
            {
                throw new TimeoutException("station did not start");
            }

            Url = ready.Task.Result;
            Port = new Uri(Url).Port;
        }

        public string Url { get; }

        public int Port { get; }

        public string Storage { get; }

        /// <summary>Drops what earlier iterations uploaded, so the disk does not fill.</summary>
        public void ClearStorage()
        {
            foreach (string folder in new[] { "uploads", "computed", "plain" })
            {
                string path = Path.Combine(Storage, folder);
                if (Directory.Exists(path))
                {
                    foreach (string file in Directory.GetFiles(path))
                    {
                        File.Delete(file);
                    }
                }
            }
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(true);
                _process.WaitForExit(10000);
            }

            _process.Dispose();
            Directory.Delete(Storage, true);
        }

        private static string StationFolder()
        {
            for (string dir = AppContext.BaseDirectory; dir != null; dir = Path.GetDirectoryName(dir))
            {
                string candidate = Path.Combine(dir, "Tests", "Station");
                if (File.Exists(Path.Combine(candidate, "station.mjs")))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("Tests/Station not found above " + AppContext.BaseDirectory);
        }
    }
}
