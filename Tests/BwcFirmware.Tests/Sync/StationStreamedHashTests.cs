using BwcFirmware.Drivers.Host.Http;
using BwcFirmware.Shared.Sync;

namespace BwcFirmware.Tests.Sync;

/// <summary>
/// The reference station hashes each PATCH as it is written and falls back to reading the finished file
/// whenever it cannot vouch that its running hash saw every stored byte (restart, cut PATCH). Either way it
/// must confirm exactly the hash of the stored bytes and answer 460 to a wrong claim. Its log line says which
/// way it hashed ("streamed" or "re-read"), which is how these tests know the fallback really ran.
/// </summary>
[TestClass]
public sealed class StationStreamedHashTests
{
    private const string Token = "streamed-hash-token";
    private const int Piece = 64 * 1024;
    private const string ChunkPath = "clips/000003/000001.avi";

    private static byte[] WriteChunk(FolderCard card, int length, int seed)
    {
        byte[] bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        card.WriteFile(ChunkPath, bytes);
        return bytes;
    }

    private static TusReply Create(TusClient client, long length, string sha256Hex)
    {
        var metadata = new TusMetadata();
        metadata.Add("filename", ChunkPath);
        metadata.Add("sha256", sha256Hex);
        TusReply created = client.Create(length, metadata);
        Assert.AreEqual(TusReplyKind.Ok, created.Kind, created.Describe("POST"));
        return created;
    }

    /// <summary>PATCHes from <paramref name="offset"/> until <paramref name="stopAt"/> (or the end); returns the last answer.</summary>
    private static TusReply SendPieces(TusClient client, string location, FolderCard card, long offset, long stopAt)
    {
        TusReply reply = null!;
        while (offset < stopAt)
        {
            reply = client.Patch(location, ChunkPath, offset, Math.Min(Piece, stopAt - offset));
            if (reply.Kind != TusReplyKind.Ok)
            {
                return reply;
            }

            offset = reply.Offset;
        }

        return reply;
    }

    /// <summary>HEAD until the station answers (the first request after a restart may meet a dead pooled connection).</summary>
    private static TusReply HeadUntilAnswered(TusClient client, string location)
    {
        for (int attempt = 0; attempt < 3; attempt++)
        {
            TusReply head = client.Head(location);
            if (head.Kind == TusReplyKind.Ok)
            {
                return head;
            }
        }

        Assert.Fail("the station never answered HEAD");
        return null!;
    }

    private static string IdOf(string location) => location.Substring(location.LastIndexOf('/') + 1);

    private static string OutcomeLine(ReferenceStation station, string id)
    {
        // The station prints the line before it answers, but its output reaches us through a pipe read on
        // another thread: wait (bounded) for the line rather than for time.
        string? line = null;
        bool printed = SpinWait.SpinUntil(
            () => (line = station.Output.FirstOrDefault(l => (l.StartsWith("confirmed ", StringComparison.Ordinal) || l.StartsWith("mismatch ", StringComparison.Ordinal)) && l.Split(' ')[1] == id)) != null,
            TimeSpan.FromSeconds(10));
        Assert.IsTrue(printed, "the station printed no outcome for " + id);
        return line!;
    }

    [TestMethod]
    public void UploadWithoutInterruption_IsConfirmedFromTheBytesAsTheyArrived()
    {
        using ReferenceStation station = ReferenceStation.Start(Token);
        using var card = new FolderCard();
        byte[] bytes = WriteChunk(card, (Piece * 5) + 777, 21);
        string hex = TestSha256.HexOf(bytes);
        using var transport = new HostHttpTransport(card, new HostHttpSettings { BearerToken = Token });
        var client = new TusClient(transport, station.Url);

        TusReply created = Create(client, bytes.Length, hex);
        TusReply final = SendPieces(client, created.Location!, card, 0, bytes.Length);

        Assert.AreEqual(TusReplyKind.Ok, final.Kind, final.Describe("PATCH"));
        Assert.AreEqual(hex, final.ComputedSha256);
        Assert.AreEqual("confirmed " + IdOf(created.Location!) + " " + ChunkPath + " streamed " + hex, OutcomeLine(station, IdOf(created.Location!)));
        CollectionAssert.AreEqual(bytes, station.StoredUploads()[IdOf(created.Location!)]);
    }

    [TestMethod]
    public void WrongClaim_WhileHashingAsTheBytesArrive_Answers460WithTheStoredBytesHash()
    {
        using ReferenceStation station = ReferenceStation.Start(Token);
        using var card = new FolderCard();
        byte[] bytes = WriteChunk(card, (Piece * 3) + 5, 22);
        using var transport = new HostHttpTransport(card, new HostHttpSettings { BearerToken = Token });
        var client = new TusClient(transport, station.Url);
        string claimed = TestSha256.HexOf(new byte[] { 1, 2, 3 });

        TusReply created = Create(client, bytes.Length, claimed);
        TusReply final = SendPieces(client, created.Location!, card, 0, bytes.Length);

        Assert.AreEqual(TusReplyKind.ChecksumMismatch, final.Kind, final.Describe("PATCH"));
        Assert.AreEqual(TestSha256.HexOf(bytes), final.ComputedSha256);
        StringAssert.StartsWith(OutcomeLine(station, IdOf(created.Location!)), "mismatch " + IdOf(created.Location!) + " " + ChunkPath + " streamed claimed=" + claimed);
        Assert.AreEqual(TestSha256.HexOf(bytes), client.Head(created.Location!).ComputedSha256, "later HEADs repeat the hash");
    }

    [TestMethod]
    public void StationRestartedMidUpload_ReadsTheFileBack_AndConfirmsTheRightHash()
    {
        using ReferenceStation station = ReferenceStation.Start(Token);
        using var card = new FolderCard();
        byte[] bytes = WriteChunk(card, (Piece * 6) + 99, 23);
        string hex = TestSha256.HexOf(bytes);
        using var transport = new HostHttpTransport(card, new HostHttpSettings { BearerToken = Token });
        var client = new TusClient(transport, station.Url);
        TusReply created = Create(client, bytes.Length, hex);
        Assert.AreEqual(TusReplyKind.Ok, SendPieces(client, created.Location!, card, 0, Piece * 3).Kind);

        station.Restart();
        TusReply head = HeadUntilAnswered(client, created.Location!);
        Assert.AreEqual(Piece * 3, head.Offset);
        TusReply final = SendPieces(client, created.Location!, card, head.Offset, bytes.Length);

        Assert.AreEqual(TusReplyKind.Ok, final.Kind, final.Describe("PATCH"));
        Assert.AreEqual(hex, final.ComputedSha256);
        Assert.AreEqual("confirmed " + IdOf(created.Location!) + " " + ChunkPath + " re-read " + hex, OutcomeLine(station, IdOf(created.Location!)));
        CollectionAssert.AreEqual(bytes, station.StoredUploads()[IdOf(created.Location!)]);
    }

    [TestMethod]
    public void StationRestartedMidUpload_WrongClaim_StillAnswers460WithTheStoredBytesHash()
    {
        using ReferenceStation station = ReferenceStation.Start(Token);
        using var card = new FolderCard();
        byte[] bytes = WriteChunk(card, (Piece * 4) + 1, 24);
        string claimed = new string('a', 64);
        using var transport = new HostHttpTransport(card, new HostHttpSettings { BearerToken = Token });
        var client = new TusClient(transport, station.Url);
        TusReply created = Create(client, bytes.Length, claimed);
        Assert.AreEqual(TusReplyKind.Ok, SendPieces(client, created.Location!, card, 0, Piece * 2).Kind);

        station.Restart();
        TusReply head = HeadUntilAnswered(client, created.Location!);
        TusReply final = SendPieces(client, created.Location!, card, head.Offset, bytes.Length);

        Assert.AreEqual(TusReplyKind.ChecksumMismatch, final.Kind, final.Describe("PATCH"));
        Assert.AreEqual(TestSha256.HexOf(bytes), final.ComputedSha256);
        StringAssert.StartsWith(OutcomeLine(station, IdOf(created.Location!)), "mismatch " + IdOf(created.Location!) + " " + ChunkPath + " re-read claimed=" + claimed);
    }

    [TestMethod]
    public void ConnectionCutInsideAPatch_ReadsTheFileBack_AndConfirmsTheRightHash()
    {
        using ReferenceStation station = ReferenceStation.Start(Token);
        using var proxy = new CuttingProxy(station.Port);
        using var card = new FolderCard();
        byte[] bytes = WriteChunk(card, (Piece * 5) + 4321, 25);
        string hex = TestSha256.HexOf(bytes);
        using var transport = new HostHttpTransport(card, new HostHttpSettings { BearerToken = Token });
        var client = new TusClient(transport, "http://127.0.0.1:" + proxy.Port + "/files/");
        TusReply created = Create(client, bytes.Length, hex);
        Assert.AreEqual(TusReplyKind.Ok, SendPieces(client, created.Location!, card, 0, Piece * 2).Kind);

        proxy.CutAfter(Piece / 2);
        TusReply cut = client.Patch(created.Location!, ChunkPath, Piece * 2, Piece);
        Assert.AreEqual(TusReplyKind.NoAnswer, cut.Kind, "the PATCH was cut");
        Assert.AreEqual(1, proxy.Cuts);
        TusReply final;
        long offset;
        do
        {
            // The station may still be writing the cut PATCH's bytes: a 409 means ask again.
            offset = HeadUntilAnswered(client, created.Location!).Offset;
            final = SendPieces(client, created.Location!, card, offset, bytes.Length);
        }
        while (final.Kind == TusReplyKind.OffsetMismatch);

        // @tus/server keeps what reached the file before the cut (possibly nothing of the cut piece).
        Assert.IsTrue(offset >= Piece * 2 && offset < Piece * 3, "the station holds the first pieces and not all of the cut one: " + offset);
        Assert.AreEqual(TusReplyKind.Ok, final.Kind, final.Describe("PATCH"));
        Assert.AreEqual(hex, final.ComputedSha256);
        Assert.AreEqual("confirmed " + IdOf(created.Location!) + " " + ChunkPath + " re-read " + hex, OutcomeLine(station, IdOf(created.Location!)));
        CollectionAssert.AreEqual(bytes, station.StoredUploads()[IdOf(created.Location!)]);
    }

    [TestMethod]
    public void OffsetConflict_ChangesNothingOnDisk_SoTheRunningHashStillConfirms()
    {
        using ReferenceStation station = ReferenceStation.Start(Token);
        using var card = new FolderCard();
        byte[] bytes = WriteChunk(card, (Piece * 3) + 10, 26);
        string hex = TestSha256.HexOf(bytes);
        using var transport = new HostHttpTransport(card, new HostHttpSettings { BearerToken = Token });
        var client = new TusClient(transport, station.Url);
        TusReply created = Create(client, bytes.Length, hex);
        Assert.AreEqual(TusReplyKind.Ok, SendPieces(client, created.Location!, card, 0, Piece).Kind);

        TusReply conflict = client.Patch(created.Location!, ChunkPath, 0, Piece);
        Assert.AreEqual(TusReplyKind.OffsetMismatch, conflict.Kind, conflict.Describe("PATCH"));
        TusReply final = SendPieces(client, created.Location!, card, HeadUntilAnswered(client, created.Location!).Offset, bytes.Length);

        Assert.AreEqual(TusReplyKind.Ok, final.Kind, final.Describe("PATCH"));
        Assert.AreEqual(hex, final.ComputedSha256);
        Assert.AreEqual("confirmed " + IdOf(created.Location!) + " " + ChunkPath + " streamed " + hex, OutcomeLine(station, IdOf(created.Location!)));
    }
}
