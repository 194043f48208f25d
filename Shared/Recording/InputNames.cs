namespace BwcFirmware.Shared.Recording
{
    /// <summary>
    /// Fixed lower-case names of inputs and states for audit records and manifests (enum.ToString() gives the
    /// number on nanoCLR, so the names are written out here).
    /// </summary>
    public static class InputNames
    {
        /// <summary>The stop cause of <see cref="InputKind.PrivacyStop"/> in the manifest and the audit log.</summary>
        public const string PrivacyRequestCause = "privacy-request";

        /// <summary>The cause of a transition made because the battery left critical (whether it is low or normal now).</summary>
        public const string BatteryNoLongerCritical = "battery.not-critical";

        /// <summary>The audit name of <paramref name="kind"/>, e.g. "record.double".</summary>
        public static string Of(InputKind kind)
        {
            switch (kind)
            {
                case InputKind.PowerOn: return "power.on";
                case InputKind.PowerOff: return "power.off";
                case InputKind.RecordPress: return "record.press";
                case InputKind.RecordDoublePress: return "record.double";
                case InputKind.RecordHold: return "record.hold";
                case InputKind.FunctionPress: return "function.press";
                case InputKind.FunctionHold: return "function.hold";
                case InputKind.HolsterDraw: return "holster.draw";
                case InputKind.HolsterReturn: return "holster.return";
                case InputKind.Docked: return "dock.in";
                case InputKind.Undocked: return "dock.out";
                case InputKind.BatteryLevel: return "battery.level";
                case InputKind.CardInserted: return "card.inserted";
                case InputKind.CardRemoved: return "card.removed";
                case InputKind.CardFull: return "card.full";
                case InputKind.BatteryLow: return "battery.low";
                case InputKind.BatteryCritical: return "battery.critical";
                case InputKind.BatteryNormal: return "battery.normal";
                case InputKind.CardSpaceAvailable: return "card.space";
                case InputKind.MediaFault: return "media.fault";
                case InputKind.FunctionDoublePress: return "function.double";
                case InputKind.PrivacyStop: return "privacy.stop";
                default: return "input." + ((int)kind).ToString();
            }
        }

        /// <summary>The name of <paramref name="state"/> as it appears in audit records, e.g. "PreEventBuffer".</summary>
        public static string Of(RecorderState state)
        {
            switch (state)
            {
                case RecorderState.Idle: return "Idle";
                case RecorderState.PreEventBuffer: return "PreEventBuffer";
                case RecorderState.Recording: return "Recording";
                case RecorderState.PrivacyMuted: return "PrivacyMuted";
                default: return "State" + ((int)state).ToString();
            }
        }
    }
}
