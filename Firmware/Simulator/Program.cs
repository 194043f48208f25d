namespace BwcFirmware.Simulator
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            System.Console.Error.WriteLine("bwc-sim: the simulator is not built yet (see README).");
            return 2;
        }
    }
}
