using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Tests.Audit;

namespace BwcFirmware.Tests.Verification;

/// <summary>
/// A card as the camera leaves it after a shift: two clips of two chunks each, written with the real manifest
/// writer, each anchored in the audit chain by the record that closes it; then shut down cleanly.
/// </summary>
internal static class EvidenceCard
{
    public const string Clip1Manifest = "clips/000001/manifest.txt";
    public const string Clip1Chunk1 = "clips/000001/000001.avi";
    public const string Clip1Chunk2 = "clips/000001/000002.avi";
    public const string Clip2Manifest = "clips/000002/manifest.txt";

    public static MemoryCard Build()
    {
        var card = new MemoryCard();
        Write(card);
        return card;
    }

    /// <summary>Writes the shift onto any card (a memory card or a folder).</summary>
    public static void Write(ICardFileSystem card)
    {
        AuditLog log = new AuditLog(card, new Sha256(), new Shared.Time.UtcClock(), new AuditLogSettings());
        log.Open(0);
        log.Append(10, AuditEvents.PowerOn, "firmware=0.1");
        WriteClip(card, log, 1, 1000);
        WriteClip(card, log, 2, 60_000);
        log.Append(90_000, AuditEvents.PowerOff, "cause=button");
        log.CloseSegment(90_001);
    }

    private static void WriteClip(ICardFileSystem card, AuditLog log, int clip, long startMs)
    {
        card.CreateDirectory(CardLayout.ClipDirectory(clip));
        log.Append(startMs, AuditEvents.State, "PreEventBuffer->Recording cause=record.double");
        var writer = new ClipManifestWriter();
        writer.Create(card, CardLayout.ClipManifest(clip));
        writer.WriteStart(clip, "cam-7", "officer-12", null, startMs, "record.double", 0);
        for (int chunk = 1; chunk <= 2; chunk++)
        {
            byte[] bytes = new byte[3000 + (clip * 100) + chunk];
            new Random((clip * 10) + chunk).NextBytes(bytes);
            string path = CardLayout.ClipChunk(clip, chunk);
            using (ICardFile file = card.Create(path))
            {
                file.Write(bytes, 0, bytes.Length);
                file.Flush();
            }

            writer.WriteChunkOpen(CardLayout.Sequence(chunk) + ".avi", startMs + (chunk * 1000));
            writer.WriteChunk(new ChunkRecord
            {
                Name = CardLayout.Sequence(chunk) + ".avi",
                Bytes = bytes.Length,
                Frames = 30,
                AudioBytes = 0,
                FirstFrameMs = startMs + (chunk * 1000),
                LastFrameMs = startMs + (chunk * 1000) + 990,
                Sha256 = System.Security.Cryptography.SHA256.HashData(bytes),
            });
        }

        writer.WriteMarker(startMs + 1500, "function.press");
        writer.WriteStop(startMs + 3000, "record.hold");
        writer.Close();
        string manifestHash = HashOf(card, CardLayout.ClipManifest(clip));
        log.Append(startMs + 3000, AuditEvents.Stop, "cause=record.hold");

        // The record the media pipeline writes when it closes a clip (Shared/Media/MediaPipeline.Clips.cs).
        log.Append(startMs + 3001, AuditEvents.Clip, "stop clip=" + CardLayout.Sequence(clip) + " cause=record.hold chunks=2 manifest-sha256=" + manifestHash);
    }

    public static string HashOf(ICardFileSystem card, string path)
    {
        var digest = new byte[32];
        CardFileHash.Compute(card, path, new Sha256(), new byte[512], digest, 0);
        return Hex.ToLower(digest);
    }

    public static (long Start, long End) ManifestLineOf(MemoryCard card, string manifest, string word, string name)
    {
        byte[] bytes = card.Bytes(manifest);
        string text = System.Text.Encoding.ASCII.GetString(bytes);
        long start = 0;
        foreach (string line in text.Split('\n'))
        {
            if (line.StartsWith(word + " ", StringComparison.Ordinal) && line.Contains("name=" + name, StringComparison.Ordinal))
            {
                return (start, start + line.Length + 1);
            }

            start += line.Length + 1;
        }

        throw new InvalidOperationException("no such line");
    }
}
