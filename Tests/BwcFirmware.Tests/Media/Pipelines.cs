using BwcFirmware.Drivers.Host.NativeMedia;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media;

namespace BwcFirmware.Tests.Media;

/// <summary>Which per-frame path a test runs: the managed reference, or the C path through P/Invoke.</summary>
public enum MediaEngineKind
{
    Managed,
    Native,
}

/// <summary>The media store as the device wires it: the accounted card over the raw one, the engine on the raw card.</summary>
internal static class Pipelines
{
    /// <summary>Both engines, for [DynamicData] on tests that run against each.</summary>
    public static IEnumerable<object[]> BothEngines => new[] { new object[] { MediaEngineKind.Managed }, new object[] { MediaEngineKind.Native } };

    /// <summary>The store over the managed reference engine.</summary>
    public static MediaPipeline Managed(MediaSettings settings, ICardFileSystem card, CardSpace space, IFrameSource frames, IAudioSource? audio, ISha256 sha, IFileHasher? chunkHasher, IAuditSink? audit, IMediaEvents? events)
    {
        return Over(new ManagedFramePath(settings, card, frames, audio, chunkHasher), settings, card, space, sha, audit, events);
    }

    /// <summary>The store over the engine <paramref name="kind"/>; the managed one hashes with <paramref name="chunkHasher"/>.</summary>
    public static MediaPipeline Create(MediaEngineKind kind, MediaSettings settings, ICardFileSystem card, CardSpace space, IFrameSource frames, IAudioSource? audio, ISha256 sha, IFileHasher? chunkHasher, IAuditSink? audit, IMediaEvents? events)
    {
        IFramePath engine = kind == MediaEngineKind.Native
            ? new NativeFramePath(settings, card, frames, audio)
            : new ManagedFramePath(settings, card, frames, audio, chunkHasher);
        return Over(engine, settings, card, space, sha, audit, events);
    }

    /// <summary>The store over <paramref name="engine"/>, which writes to <paramref name="card"/>.</summary>
    public static MediaPipeline Over(IFramePath engine, MediaSettings settings, ICardFileSystem card, CardSpace space, ISha256 sha, IAuditSink? audit, IMediaEvents? events)
    {
        return new MediaPipeline(new MediaParts
        {
            Settings = settings,
            Card = new AccountedCardFileSystem(card, space),
            Space = space,
            Engine = engine,
            Sha256 = sha,
            Audit = audit,
            Events = events,
        });
    }
}
