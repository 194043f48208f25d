using BwcFirmware.Drivers.Host.Card;

namespace BwcFirmware.Tests.Card;

/// <summary>A card folder under the temp directory, deleted when the test ends.</summary>
internal sealed class TempCard : IDisposable
{
    public TempCard()
    {
        Root = Path.Combine(Path.GetTempPath(), "bwc-card-" + Guid.NewGuid().ToString("N"));
        Durable = new DirectoryCardFileSystem(Root, syncToDisk: false);
    }

    public string Root { get; }

    public DirectoryCardFileSystem Durable { get; }

    public FaultInjectingCardFileSystem Faulty(int seed = 1) => new(Durable, seed);

    public void Dispose()
    {
        Durable.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; a test must not fail on cleanup.
        }
    }
}
