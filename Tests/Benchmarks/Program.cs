namespace BwcFirmware.Benchmarks
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            System.Console.Error.WriteLine("bwc-bench: no benchmarks yet.");
            return 2;
        }
    }
}
