using System;
using System.IO;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Drivers.Esp32.Card
{
    /// <summary>Maps nanoFramework's IOException codes to the card contract's <see cref="CardFault"/>.</summary>
    internal static class CardFaults
    {
        /// <summary>The contract's exception for <paramref name="exception"/> on <paramref name="path"/>.</summary>
        public static CardException From(Exception exception, string path)
        {
            IOException io = exception as IOException;
            if (io == null)
            {
                return new CardException(CardFault.WriteError, path);
            }

            switch (io.ErrorCode)
            {
                case IOException.IOExceptionErrorCode.FileNotFound:
                case IOException.IOExceptionErrorCode.DirectoryNotFound:
                    return new CardException(CardFault.NotFound, path);
                case IOException.IOExceptionErrorCode.PathAlreadyExists:
                    return new CardException(CardFault.AlreadyExists, path);
                case IOException.IOExceptionErrorCode.VolumeNotFound:
                case IOException.IOExceptionErrorCode.InvalidDriver:
                    return new CardException(CardFault.Removed, path);
                default:
                    return new CardException(CardFault.WriteError, path);
            }
        }
    }
}
