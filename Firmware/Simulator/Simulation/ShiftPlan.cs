using System.Collections.Generic;
using BwcFirmware.Simulator.Scripting;

namespace BwcFirmware.Simulator.Simulation
{
    /// <summary>A script turned into what the simulation does: edges already on the board, and world actions in time order.</summary>
    public sealed class ShiftPlan
    {
        /// <summary>Creates the plan.</summary>
        public ShiftPlan(ScenarioScript script, IReadOnlyList<WorldAction> actions)
        {
            Script = script;
            Actions = actions;
        }

        /// <summary>The script planned.</summary>
        public ScenarioScript Script { get; }

        /// <summary>Power, battery and card actions, in time order.</summary>
        public IReadOnlyList<WorldAction> Actions { get; }

        /// <summary>When the shift ends.</summary>
        public long EndMs => Script.EndMs;
    }
}
