namespace BwcFirmware.Shared.Card
{
    /// <summary>Names of <see cref="CardFault"/> values for audit records (enum.ToString() gives numbers on the device).</summary>
    public static class CardFaultNames
    {
        /// <summary>The fault's name ("write-error", "full", "removed", "not-found", "already-exists").</summary>
        public static string Name(CardFault fault)
        {
            switch (fault)
            {
                case CardFault.WriteError:
                    return "write-error";
                case CardFault.Full:
                    return "full";
                case CardFault.Removed:
                    return "removed";
                case CardFault.NotFound:
                    return "not-found";
                case CardFault.AlreadyExists:
                    return "already-exists";
                default:
                    return "unknown";
            }
        }
    }
}
