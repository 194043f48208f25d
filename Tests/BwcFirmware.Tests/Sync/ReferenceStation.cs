using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace BwcFirmware.Tests.Sync;

/// <summary>
/// Starts and stops the reference station (Tests/Station/station.mjs: @tus/server with the confirmation
/// profile) on loopback, on its own storage folder. Kill and restart keep the port and the storage, like a
/// station rebooting.
/// </summary>
internal sealed class ReferenceStation : IDisposable
{
    private readonly string _token;
    private string[] _extraArguments;
    private Process? _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ReferenceStation(string storage, string token, string[] extraArguments)
    {
        Storage = storage;
        _token = token;
        _extraArguments = extraArguments;
    }

    /// <summary>The station's creation URL ("http://127.0.0.1:PORT/files/").</summary>
    public string Url { get; private set; } = string.Empty;

    public int Port { get; private set; }

    public string Storage { get; }

    public string UploadsFolder => Path.Combine(Storage, "uploads");

    public IReadOnlyCollection<string> Output => _output.ToArray();

    public static string StationFolder
    {
        get
        {
            string root = typeof(ReferenceStation).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "RepositoryRoot").Value!;
            return Path.GetFullPath(Path.Combine(root, "Tests", "Station"));
        }
    }

    /// <summary>Starts a station; <paramref name="extraArguments"/> go to station.mjs (e.g. "--no-confirm").</summary>
    public static ReferenceStation Start(string token, params string[] extraArguments)
    {
        string storage = Path.Combine(Path.GetTempPath(), "bwc-station-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(storage);
        var station = new ReferenceStation(storage, token, extraArguments);
        station.Launch(0);
        return station;
    }

    /// <summary>Kills the station the hard way (no goodbye to open connections).</summary>
    public void Kill()
    {
        if (_process != null && !_process.HasExited)
        {
            _process.Kill(true);
            _process.WaitForExit(10000);
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Starts the station again on the same port and storage.</summary>
    public void Restart()
    {
        Kill();
        Launch(Port);
    }

    /// <summary>Starts the station again on the same port and storage with other station.mjs arguments.</summary>
    public void Restart(params string[] extraArguments)
    {
        _extraArguments = extraArguments;
        Restart();
    }

    /// <summary>The stored bytes of every upload, keyed by upload id (file name on the station's disk).</summary>
    public Dictionary<string, byte[]> StoredUploads()
    {
        return Directory.GetFiles(UploadsFolder).Where(f => !f.EndsWith(".json", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
    }

    public void Dispose()
    {
        Kill();
        try
        {
            Directory.Delete(Storage, true);
        }
        catch (IOException)
        {
        }
    }

    private void Launch(int port)
    {
        string folder = StationFolder;
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@tus", "server")))
        {
            throw new InvalidOperationException("reference station not installed: run `npm ci` in " + folder + " (.ci/setup-machine does)");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("station.mjs");
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add(port.ToString());
        start.ArgumentList.Add("--storage");
        start.ArgumentList.Add(Storage);
        start.ArgumentList.Add("--token");
        start.ArgumentList.Add(_token);
        foreach (string argument in _extraArguments)
        {
            start.ArgumentList.Add(argument);
        }

        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data == null)
            {
                ready.TrySetException(new InvalidOperationException("station exited: " + string.Join("\n", _output)));
                return;
            }

            _output.Enqueue(e.Data);
            if (e.Data.StartsWith("station listening ", StringComparison.Ordinal))
            {
                ready.TrySetResult(e.Data.Substring("station listening ".Length).Trim());
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data != null)
            {
                _output.Enqueue("stderr: " + e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        if (!ready.Task.Wait(TimeSpan.FromSeconds(20)))
        {
            Kill();
            throw new TimeoutException("station did not start: " + string.Join("\n", _output));
        }

        Url = ready.Task.Result;
        Port = new Uri(Url).Port;
    }
}
