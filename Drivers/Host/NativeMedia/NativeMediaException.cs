using System;

namespace BwcFirmware.Drivers.Host.NativeMedia
{
    /// <summary>A call into the native media path failed; <see cref="Result"/> says how.</summary>
    public sealed class NativeMediaException : Exception
    {
        /// <summary>Creates the exception for <paramref name="result"/> returned by <paramref name="call"/>.</summary>
        public NativeMediaException(string call, NativeResult result)
            : base("native media: " + call + ": " + result)
        {
            Result = result;
        }

        /// <summary>The code the native call returned.</summary>
        public NativeResult Result { get; }

        /// <summary>Throws for any result but <see cref="NativeResult.Ok"/>.</summary>
        public static void ThrowIfFailed(string call, int result)
        {
            if (result != 0)
            {
                throw new NativeMediaException(call, (NativeResult)result);
            }
        }
    }
}
