using System.CommandLine;

namespace BwcFirmware.Simulator.Commands
{
    /// <summary><c>demo</c>: a built-in shift against the reference station, written into a fresh folder.</summary>
    public static class DemoCommand
    {
        /// <summary>Creates the command.</summary>
        public static Command Create()
        {
            var command = new Command("demo", "Run a built-in shift (buffering, two incidents, marker, privacy mute, power cut and recovery, dock and sync to the reference station).");
            command.SetAction(result => SimulatorCommandLine.Guard(() =>
                throw new CommandFailure(ExitCodes.Environment, "the demo needs the firmware wired to the simulated board, which this build does not do yet")));
            return command;
        }
    }
}
