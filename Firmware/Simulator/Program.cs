using System;
using System.CommandLine;
using BwcFirmware.Simulator.Commands;

namespace BwcFirmware.Simulator
{
    /// <summary>bwc-sim: the firmware on a simulated board, driven by a scenario script.</summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            RootCommand root = SimulatorCommandLine.Create();
            return root.Parse(args).Invoke();
        }
    }
}
