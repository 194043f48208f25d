namespace BwcFirmware.Tests.DeviceProfile.Fixtures;

// Shapes that compile yet fail on nanoCLR. They live in the host test assembly only, so the inspector
// can be shown to find each one; the device-profile build would refuse several of them outright.

public class GenericBox<T>
{
    public T? Value;
}

public class HoldsGenericMembers
{
    public System.Action<int>? OnLevel;

    public int[,] Grid = new int[2, 2];

    public static T Echo<T>(T value) => value;

    public int CallsEcho() => Echo(3);

    public unsafe int ReadThroughPointer(int* p) => *p;
}

public interface IHasDefaultBody
{
    int Twice(int x) => 2 * x;
}

public class PlainAndFine
{
    public System.Collections.ArrayList Items = new();

    public int Count(int[] values) => values.Length;

    // A dense switch compiles to the IL switch opcode, whose jump table the inspector must step over.
    public int Band(int level)
    {
        switch (level)
        {
            case 0: return 10;
            case 1: return 20;
            case 2: return 30;
            case 3: return 40;
            default: return 0;
        }
    }
}
