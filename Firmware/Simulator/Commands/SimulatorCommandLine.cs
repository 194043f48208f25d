using System;
using System.CommandLine;

namespace BwcFirmware.Simulator.Commands
{
    /// <summary>The command tree of bwc-sim.</summary>
    public static class SimulatorCommandLine
    {
        /// <summary>Builds the root command with every sub-command.</summary>
        public static RootCommand Create()
        {
            var root = new RootCommand(
                "bwc-sim: the body-worn camera firmware on a simulated board. A scenario script drives buttons, "
                + "holster, dock, battery and card; the real firmware records to a card folder and syncs to a station.");
            root.Subcommands.Add(RunCommand.Create());
            root.Subcommands.Add(CheckCommand.Create());
            root.Subcommands.Add(DemoCommand.Create());
            root.Subcommands.Add(VerifyCommand.Create());
            root.Subcommands.Add(DockDayCommand.Create());
            return root;
        }

        /// <summary>
        /// Runs <paramref name="body"/>, turning a <see cref="CommandFailure"/> into its exit code and a
        /// one-line reason on stderr.
        /// </summary>
        public static int Guard(Func<int> body)
        {
            try
            {
                return body();
            }
            catch (CommandFailure failure)
            {
                Console.Error.WriteLine("bwc-sim: " + failure.Message);
                return failure.ExitCode;
            }
        }
    }
}
