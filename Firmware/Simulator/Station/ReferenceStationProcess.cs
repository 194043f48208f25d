using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using BwcFirmware.Simulator.Commands;

namespace BwcFirmware.Simulator.Station
{
    /// <summary>
    /// The reference station (Tests/Station/station.mjs: @tus/server with the hash confirmation profile) run
    /// by the demo on loopback: started on a free port with its own storage folder, stopped when disposed.
    /// </summary>
    public sealed class ReferenceStationProcess : IDisposable
    {
        private const string ReadyPrefix = "station listening ";
        private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(30);
        private readonly ConcurrentQueue<string> _output = new();
        private readonly string _token;
        private readonly string[] _extraArguments;
        private Process _process;
        private TimeSpan _earlierCpu;

        private ReferenceStationProcess(string storage, string token, string[] extraArguments)
        {
            Storage = storage;
            _token = token;
            _extraArguments = extraArguments ?? Array.Empty<string>();
        }

        /// <summary>The station's tus creation URL.</summary>
        public Uri Url { get; private set; }

        /// <summary>Where the station keeps what it received.</summary>
        public string Storage { get; }

        /// <summary>Every line the station printed (one per finished upload after the first).</summary>
        public string[] Output => _output.ToArray();

        /// <summary>
        /// The folder holding station.mjs: BWC_STATION_DIR when set, else Tests/Station of the repository this
        /// simulator was built from.
        /// </summary>
        public static string StationFolder
        {
            get
            {
                string fromEnvironment = Environment.GetEnvironmentVariable("BWC_STATION_DIR");
                if (!string.IsNullOrEmpty(fromEnvironment))
                {
                    return Path.GetFullPath(fromEnvironment);
                }

                string root = typeof(ReferenceStationProcess).Assembly
                    .GetCustomAttributes<AssemblyMetadataAttribute>()
                    .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value ?? ".";
                return Path.GetFullPath(Path.Combine(root, "Tests", "Station"));
            }
        }

        /// <summary>Starts the station with <paramref name="storage"/> and <paramref name="token"/>; fails with a one-line reason.</summary>
        public static ReferenceStationProcess Start(string storage, string token, params string[] extraArguments)
        {
            string folder = StationFolder;
            if (!File.Exists(Path.Combine(folder, "station.mjs")))
            {
                throw new CommandFailure(ExitCodes.Environment, $"reference station not found in {folder} (set BWC_STATION_DIR)");
            }

            if (!Directory.Exists(Path.Combine(folder, "node_modules", "@tus", "server")))
            {
                throw new CommandFailure(ExitCodes.Environment, $"reference station not installed: run 'npm ci' in {folder} (bash .ci/setup-machine does)");
            }

            Directory.CreateDirectory(storage);
            var station = new ReferenceStationProcess(storage, token, extraArguments);
            station.Launch(0);
            return station;
        }

        /// <summary>CPU time the station's processes used so far (every start since the first).</summary>
        public TimeSpan CpuTime
        {
            get
            {
                try
                {
                    return _earlierCpu + (_process.HasExited ? TimeSpan.Zero : _process.TotalProcessorTime);
                }
                catch (InvalidOperationException)
                {
                    return _earlierCpu;
                }
            }
        }

        /// <summary>Kills the station the hard way (no goodbye to open connections) and starts it again on the same port and storage.</summary>
        public void Restart()
        {
            _earlierCpu = CpuTime;
            Stop();
            Launch(Url.Port);
        }

        private void Launch(int port)
        {
            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = StationFolder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[] { "station.mjs", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--storage", Storage, "--token", _token })
            {
                start.ArgumentList.Add(argument);
            }

            foreach (string argument in _extraArguments)
            {
                start.ArgumentList.Add(argument);
            }

            var process = new Process { StartInfo = start };
            var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data == null)
                {
                    ready.TrySetResult(null);
                    return;
                }

                _output.Enqueue(e.Data);
                if (e.Data.StartsWith(ReadyPrefix, StringComparison.Ordinal))
                {
                    ready.TrySetResult(e.Data.Substring(ReadyPrefix.Length).Trim());
                }
            };
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data != null)
                {
                    _output.Enqueue("stderr: " + e.Data);
                }
            };

            _process = process;
            try
            {
                process.Start();
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new CommandFailure(ExitCodes.Environment, "cannot start node for the reference station: " + e.Message);
            }

            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!ready.Task.Wait(s_startTimeout) || ready.Task.Result == null)
            {
                string said = string.Join(" | ", Output.TakeLast(3));
                Dispose();
                throw new CommandFailure(ExitCodes.Environment, "the reference station did not start: " + (said.Length > 0 ? said : "no output"));
            }

            Url = new Uri(ready.Task.Result);
        }

        /// <summary>Stops the station (only the process started here).</summary>
        public void Dispose()
        {
            Stop();
        }

        private void Stop()
        {
            try
            {
                if (!_process.HasExited)
                {
                    _process.Kill(true);
                    _process.WaitForExit(10_000);
                }
            }
            catch (InvalidOperationException)
            {
                // Never started: nothing to stop.
            }

            _process.Dispose();
        }
    }
}
