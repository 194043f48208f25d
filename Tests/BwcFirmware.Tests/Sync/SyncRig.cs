using BwcFirmware.Shared.Sync;
using BwcFirmware.Shared.Time;

namespace BwcFirmware.Tests.Sync;

/// <summary>A docked camera with a test card, a catalog, a fake station and a sync agent on simulated time.</summary>
internal sealed class SyncRig : IDisposable
{
    public SyncRig(int pieceBytes = 64 * 1024, bool markedFirst = false, Func<FolderCard, IHttpTransport>? transport = null, string url = FakeStation.Url)
    {
        Card = new FolderCard();
        Catalog = new TestCatalog(Card);
        Station = new FakeStation(Card);
        Settings = new SyncSettings("cam-0042") { PieceBytes = pieceBytes, MarkedClipsFirst = markedFirst };
        Transport = transport == null ? Station : transport(Card);
        Url = url;
        Agent = NewAgent();
        Agent.SetConditions(docked: true, recording: false, networkUp: true);
    }

    public FolderCard Card { get; }

    public TestCatalog Catalog { get; }

    public FakeStation Station { get; }

    public IHttpTransport Transport { get; }

    public string Url { get; }

    public SyncSettings Settings { get; }

    public ListAudit Audit { get; } = new();

    public UtcClock Clock { get; } = new();

    public TestSha256 Sha256 { get; } = new();

    public SyncAgent Agent { get; private set; }

    public long Now { get; private set; } = 1000;

    /// <summary>A fresh agent on the same card, as after a reboot.</summary>
    public SyncAgent Reboot()
    {
        Agent = NewAgent();
        Agent.SetConditions(docked: true, recording: false, networkUp: true);
        return Agent;
    }

    /// <summary>Steps (jumping simulated time over waits) until a pass over the card ends or <paramref name="maxSteps"/> run.</summary>
    public int RunPass(int maxSteps = 2000)
    {
        for (int i = 1; i <= maxSteps; i++)
        {
            Step();
            if (Agent.Status == SyncStatus.UpToDate || Agent.Status == SyncStatus.NotConfirmed)
            {
                return i;
            }
        }

        return maxSteps;
    }

    /// <summary>One step; simulated time jumps to the agent's next attempt when it is waiting.</summary>
    public void Step()
    {
        Now = Math.Max(Now + 5, Agent.NextAttemptMs);
        Agent.Step(Now);
    }

    /// <summary>Steps until <paramref name="condition"/> holds; fails the test after <paramref name="maxSteps"/>.</summary>
    public void StepUntil(Func<bool> condition, int maxSteps = 500)
    {
        for (int i = 0; i < maxSteps; i++)
        {
            if (condition())
            {
                return;
            }

            Step();
        }

        Assert.Fail("condition not reached; status " + SyncStatusNames.Of(Agent.Status) + ", last fault " + Agent.LastFault);
    }

    public void Dispose()
    {
        (Transport as IDisposable)?.Dispose();
        Card.Dispose();
    }

    private SyncAgent NewAgent() => new(Settings, new TusClient(Transport, Url), Card, Catalog, Sha256, Audit, new StationTime(Clock, Audit));
}
