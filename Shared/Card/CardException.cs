using System;

namespace BwcFirmware.Shared.Card
{
    /// <summary>What went wrong with the card, so callers can react without parsing messages.</summary>
    public enum CardFault
    {
        /// <summary>An I/O error the card reported.</summary>
        WriteError = 0,

        /// <summary>No space left for the write.</summary>
        Full = 1,

        /// <summary>The card is not there (removed, or never mounted).</summary>
        Removed = 2,

        /// <summary>The path does not exist.</summary>
        NotFound = 3,

        /// <summary>The path exists already.</summary>
        AlreadyExists = 4,
    }

    /// <summary>A card operation failed; <see cref="Fault"/> says how.</summary>
    public class CardException : Exception
    {
        /// <summary>Creates the exception for <paramref name="fault"/> on <paramref name="path"/>.</summary>
        public CardException(CardFault fault, string path)
            : base("card: " + path)
        {
            Fault = fault;
            Path = path;
        }

        /// <summary>How the operation failed.</summary>
        public CardFault Fault { get; }

        /// <summary>The path it failed on.</summary>
        public string Path { get; }
    }
}
