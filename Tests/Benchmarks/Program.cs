using BenchmarkDotNet.Running;

namespace BwcFirmware.Benchmarks
{
    /// <summary>
    /// Runs the benchmarks: <c>dotnet run -c Release --project Tests/Benchmarks -- --filter '*'</c>, or one
    /// class by name. Each benchmark class measures its baseline in the same run and reports the ratio.
    /// <c>-- sync-over-link</c> runs the measured run over a modelled dock link (Sync/SyncOverLinkRun.cs);
    /// <c>-- native-media</c> drives the native media path through P/Invoke (NativeMedia/NativeMediaRun.cs).
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "sync-over-link")
            {
                return Sync.SyncOverLinkRun.Run(args[1..]);
            }

            if (args.Length > 0 && args[0] == "native-media")
            {
                return NativeMedia.NativeMediaRun.Run(args[1..]);
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
    }
}
