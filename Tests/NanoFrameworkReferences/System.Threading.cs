// Mirrors nanoFramework.System.Threading 1.1.52 (assembly System.Threading 1.1.52.34401), source tag v1.1.52 of
// nanoframework/System.Threading. Only the members BwcFirmware's device code uses; signatures only, every
// body throws. Compile check only: never shipped, never deployed.
using System;

namespace System.Threading
{
    public class CancellationTokenSource : IDisposable
    {
        public CancellationTokenSource(int millisecondsDelay) => throw new NotImplementedException();

        public CancellationToken Token => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }

    public struct CancellationToken
    {
        public bool IsCancellationRequested => throw new NotImplementedException();
    }
}
