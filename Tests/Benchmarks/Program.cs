using BenchmarkDotNet.Running;

namespace BwcFirmware.Benchmarks
{
    /// <summary>
    /// Runs the benchmarks: <c>dotnet run -c Release --project Tests/Benchmarks -- --filter '*'</c>, or one
    /// class by name. Each benchmark class measures its baseline in the same run and reports the ratio.
    /// </summary>
    internal static class Program
    {
        private static void Main(string[] args)
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}
