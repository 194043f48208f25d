// Mirrors nanoFramework.Runtime.Events 1.11.37 (assembly nanoFramework.Runtime.Events 1.11.37.0), source tag
// v1.11.37 of nanoframework/nanoFramework.Runtime.Events. Only the members BwcFirmware's device code uses; signatures only, every
// body throws. Compile check only: never shipped, never deployed.
namespace nanoFramework.Runtime.Events
{
    public class BaseEvent
    {
        public ushort Source;

        public byte Message;
    }
}
