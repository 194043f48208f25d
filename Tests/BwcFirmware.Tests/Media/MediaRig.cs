using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.CardStore;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media;
using BwcFirmware.Tests.Card;

namespace BwcFirmware.Tests.Media;

/// <summary>The pipeline as the device wires it, on a host card with faults: boot recovery, space account, engine.</summary>
internal sealed class MediaRig : IDisposable
{
    public const int Cluster = 4096;

    private readonly Func<string, IFileHasher>? _newChunkHasher;
    private IFileHasher? _chunkHasher;

    /// <param name="chunkHasher">Builds the engine's chunk hasher over the card's folder; null: the engine's own slices.</param>
    /// <param name="engine">The per-frame path: the managed reference (default) or the native one.</param>
    public MediaRig(MediaSettings settings, long capacityBytes = 1L << 30, bool audio = true, int seed = 1, int fps = 15, int maxFrameBytes = 400, Func<string, IFileHasher>? chunkHasher = null, MediaEngineKind engine = MediaEngineKind.Managed)
    {
        Engine = engine;
        _newChunkHasher = chunkHasher;
        Settings = settings;
        Settings.FramesPerSecond = fps;
        Card = Temp.Faulty(seed);
        Card.CapacityBytes = capacityBytes;
        Frames = new TestFrames(fps, 0, maxFrameBytes);
        Audio = audio ? new TestAudio() : null;
        Boot(0);
    }

    public TempCard Temp { get; } = new();

    public MediaEngineKind Engine { get; }

    public FaultInjectingCardFileSystem Card { get; }

    public MediaSettings Settings { get; }

    public TestFrames Frames { get; }

    public TestAudio? Audio { get; }

    public AuditRecorder Audit { get; } = new();

    public EventRecorder Events { get; } = new();

    public CardSpace Space { get; private set; } = null!;

    public AccountedCardFileSystem Accounted { get; private set; } = null!;

    public MediaPipeline Pipeline { get; private set; } = null!;

    public RecoveryReport? LastRecovery { get; private set; }

    /// <summary>What the store holds for a chunk from its opening until its record arrives (its largest size, in clusters).</summary>
    public long ChunkHoldBytes => Space.Allocated(Pipeline.Engine.MaxChunkBytes);

    /// <summary>What the firmware does at power-on: recover the card, measure it, build the engine.</summary>
    public void Boot(long nowMs)
    {
        LastRecovery = new BootRecovery(Card, new Sha256(), Audit).Run(nowMs);
        Space = CardSpace.Measure(Card, Card.CapacityBytes, 0, Cluster);
        Accounted = new AccountedCardFileSystem(Card, Space);
        (_chunkHasher as IDisposable)?.Dispose();
        _chunkHasher = _newChunkHasher?.Invoke(Temp.Root);
        (Pipeline?.Engine as IDisposable)?.Dispose();
        Pipeline = Pipelines.Create(Engine, Settings, Card, Space, Frames, Audio, new Sha256(), _chunkHasher, Audit, Events);
    }

    /// <summary>Power is cut (nothing unflushed survives) and comes back: the firmware boots at <paramref name="bootMs"/>.</summary>
    public void CutPowerAndBoot(long bootMs)
    {
        Card.CutPower();
        Card.PowerOn();
        Boot(bootMs);
    }

    /// <summary>Pumps every <paramref name="stepMs"/> from after <paramref name="fromMs"/> up to <paramref name="toMs"/>.</summary>
    public void Run(long fromMs, long toMs, long stepMs = 100)
    {
        for (long t = fromMs + stepMs; t <= toMs; t += stepMs)
        {
            Pipeline.Pump(t);
        }
    }

    public void Dispose()
    {
        (Pipeline?.Engine as IDisposable)?.Dispose();
        (_chunkHasher as IDisposable)?.Dispose();
        Temp.Dispose();
    }
}
