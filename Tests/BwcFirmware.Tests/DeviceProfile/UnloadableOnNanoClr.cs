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
}
