using BwcFirmware.Drivers.Host.Http;
using BwcFirmware.Shared.Sync;

namespace BwcFirmware.Tests.Sync;

/// <summary>The tus client and host transport against the real reference station on loopback.</summary>
[TestClass]
public sealed class TusClientStationTests
{
    private const string Token = "station-test-token";
    private const int Piece = 256 * 1024;

    private static ReferenceStation s_station = null!;

    [ClassInitialize]
    public static void StartStation(TestContext context)
    {
        s_station = ReferenceStation.Start(Token);
    }

    [ClassCleanup]
    public static void StopStation()
    {
        s_station?.Dispose();
    }

    private static (TusReply Final, string Location) Upload(FolderCard card, string path, string sha256Hex, bool canPatch, string token = Token)
    {
        using var transport = new HostHttpTransport(card, new HostHttpSettings { BearerToken = token, CanSendPatch = canPatch });
        var client = new TusClient(transport, s_station.Url);
        long length = card.GetLength(path);
        var metadata = new TusMetadata();
        metadata.Add("filename", path);
        metadata.Add("sha256", sha256Hex);
        TusReply created = client.Create(length, metadata);
        Assert.AreEqual(TusReplyKind.Ok, created.Kind, created.Describe("POST"));
        long offset = 0;
        TusReply reply = created;
        while (offset < length)
        {
            reply = client.Patch(created.Location!, path, offset, Math.Min(Piece, length - offset));
            if (reply.Kind != TusReplyKind.Ok)
            {
                break;
            }

            Assert.IsTrue(reply.Offset > offset, "the station must move forward");
            offset = reply.Offset;
        }

        return (reply, created.Location!);
    }

    [TestMethod]
    public void Options_ReportsTus100WithCreationAndTermination()
    {
        using var card = new FolderCard();
        using var transport = new HostHttpTransport(card, new HostHttpSettings { BearerToken = Token });

        TusReply reply = new TusClient(transport, s_station.Url).Options();

        Assert.AreEqual(TusReplyKind.Ok, reply.Kind, reply.Describe("OPTIONS"));
        StringAssert.Contains(reply.Extensions, "creation");
        StringAssert.Contains(reply.Extensions, "termination");
        Assert.IsNotNull(reply.Date, "the station's Date header feeds the device clock");
    }

    [TestMethod]
    public void UploadInPieces_StationStoresIdenticalBytesAndAnswersTheSameHash()
    {
        using var card = new FolderCard();
        byte[] bytes = new byte[(Piece * 2) + 12345];
        new Random(7).NextBytes(bytes);
        card.WriteFile("clips/000001/000001.avi", bytes);
        string hex = TestSha256.HexOf(bytes);

        (TusReply final, string location) = Upload(card, "clips/000001/000001.avi", hex, canPatch: true);

        Assert.AreEqual(TusReplyKind.Ok, final.Kind, final.Describe("PATCH"));
        Assert.AreEqual(bytes.Length, final.Offset);
        Assert.AreEqual(hex, final.ComputedSha256);
        string id = location.Substring(location.LastIndexOf('/') + 1);
        CollectionAssert.AreEqual(bytes, s_station.StoredUploads()[id]);
        Assert.IsTrue(card.BytesRead <= bytes.Length, "each byte is read from the card once");
    }

    [TestMethod]
    public void TransportWithoutPatch_UsesMethodOverrideAndStillDelivers()
    {
        using var card = new FolderCard();
        byte[] bytes = new byte[Piece + 1];
        new Random(8).NextBytes(bytes);
        card.WriteFile("audit/000001.log", bytes);
        string hex = TestSha256.HexOf(bytes);

        (TusReply final, string location) = Upload(card, "audit/000001.log", hex, canPatch: false);

        Assert.AreEqual(TusReplyKind.Ok, final.Kind, final.Describe("PATCH"));
        Assert.AreEqual(hex, final.ComputedSha256);
        CollectionAssert.AreEqual(bytes, s_station.StoredUploads()[location.Substring(location.LastIndexOf('/') + 1)]);
    }

    [TestMethod]
    public void ClaimedHashDiffers_StationAnswers460WithTheHashItComputed()
    {
        using var card = new FolderCard();
        byte[] bytes = new byte[5000];
        new Random(9).NextBytes(bytes);
        card.WriteFile("clips/000002/manifest.txt", bytes);
        string wrong = new string('0', 64);

        (TusReply final, _) = Upload(card, "clips/000002/manifest.txt", wrong, canPatch: true);

        Assert.AreEqual(TusReplyKind.ChecksumMismatch, final.Kind);
        Assert.AreEqual(TestSha256.HexOf(bytes), final.ComputedSha256);
    }

    [TestMethod]
    public void WrongToken_IsRefusedAsUnauthorized()
    {
        using var card = new FolderCard();
        using var transport = new HostHttpTransport(card, new HostHttpSettings { BearerToken = "not-the-token" });

        TusReply reply = new TusClient(transport, s_station.Url).Create(10, new TusMetadata());

        Assert.AreEqual(TusReplyKind.Unauthorized, reply.Kind);
    }
}
