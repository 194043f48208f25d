using BwcFirmware.Shared.Sync;

namespace BwcFirmware.Tests.Sync;

/// <summary>Header-level behaviour of the tus client and its helpers.</summary>
[TestClass]
public sealed class TusProtocolTests
{
    private sealed class Canned : IHttpTransport
    {
        public HttpResponse Next { get; set; } = HttpResponse.Answered(204);

        public HttpRequest? Last { get; private set; }

        public bool CanSendPatch => true;

        public HttpResponse Send(HttpRequest request)
        {
            Last = request;
            return Next;
        }
    }

    private static HttpResponse Tus(int status, params string[] headers)
    {
        HttpResponse response = HttpResponse.Answered(status);
        response.AddHeader("Tus-Resumable", "1.0.0");
        for (int i = 0; i < headers.Length; i += 2)
        {
            response.AddHeader(headers[i], headers[i + 1]);
        }

        return response;
    }

    [TestMethod]
    public void Metadata_IsBase64PerValue_AndAnEmptyValueIsTheKeyAlone()
    {
        var metadata = new TusMetadata();
        metadata.Add("filename", "clips/000001/000001.avi");
        metadata.Add("clip", string.Empty);
        metadata.Add("note", "é");

        Assert.AreEqual("filename Y2xpcHMvMDAwMDAxLzAwMDAwMS5hdmk=,clip,note w6k=", metadata.Header);
    }

    [TestMethod]
    public void Create_SendsLengthAndMetadata_AndResolvesARelativeLocation()
    {
        var transport = new Canned { Next = Tus(201, "Location", "/files/abc") };
        var metadata = new TusMetadata();
        metadata.Add("kind", "chunk");

        TusReply reply = new TusClient(transport, "https://station:8443/files/").Create(1234, metadata);

        Assert.AreEqual(TusReplyKind.Ok, reply.Kind);
        Assert.AreEqual("https://station:8443/files/abc", reply.Location);
        Assert.AreEqual("1234", transport.Last!.GetHeader("Upload-Length"));
        Assert.AreEqual("1.0.0", transport.Last.GetHeader("Tus-Resumable"));
        Assert.AreEqual("kind Y2h1bms=", transport.Last.GetHeader("upload-metadata"));
    }

    [TestMethod]
    [DataRow("http://station:8443/files/abc")]
    [DataRow("https://other:8443/files/abc")]
    public void Create_RefusesALocationOffTheStation(string location)
    {
        var transport = new Canned { Next = Tus(201, "Location", location) };

        TusReply reply = new TusClient(transport, "https://station:8443/files/").Create(1, new TusMetadata());

        Assert.AreEqual(TusReplyKind.Malformed, reply.Kind);
    }

    [TestMethod]
    public void Patch_SendsTheFileRangeWithOffsetAndContentType()
    {
        var transport = new Canned { Next = Tus(204, "Upload-Offset", "300") };

        TusReply reply = new TusClient(transport, "http://s/files/").Patch("http://s/files/x", "clips/000001/000001.avi", 100, 200);

        Assert.AreEqual(300, reply.Offset);
        Assert.AreEqual("PATCH", transport.Last!.Method);
        Assert.AreEqual("100", transport.Last.GetHeader("Upload-Offset"));
        Assert.AreEqual("application/offset+octet-stream", transport.Last.BodyContentType);
        Assert.AreEqual(100, transport.Last.BodyOffset);
        Assert.AreEqual(200, transport.Last.BodyLength);
    }

    [TestMethod]
    [DataRow("301")]
    [DataRow("99")]
    [DataRow("-5")]
    [DataRow("abc")]
    [DataRow("")]
    public void Patch_ImpossibleOffset_IsMalformed(string offset)
    {
        var transport = new Canned { Next = Tus(204, "Upload-Offset", offset) };

        TusReply reply = new TusClient(transport, "http://s/files/").Patch("http://s/files/x", "f", 100, 200);

        Assert.AreEqual(TusReplyKind.Malformed, reply.Kind);
    }

    [TestMethod]
    public void Success_WithoutTusResumable_IsNotATusStation()
    {
        HttpResponse portal = HttpResponse.Answered(200);
        portal.AddHeader("Upload-Offset", "10");
        var transport = new Canned { Next = portal };

        TusReply reply = new TusClient(transport, "http://s/files/").Head("http://s/files/x");

        Assert.AreEqual(TusReplyKind.Malformed, reply.Kind);
    }

    [TestMethod]
    public void Head_HashThatIsNotSha256Hex_IsMalformed()
    {
        var transport = new Canned { Next = Tus(200, "Upload-Offset", "10", "Upload-Length", "10", TusClient.ComputedSha256Header, "zz") };

        Assert.AreEqual(TusReplyKind.Malformed, new TusClient(transport, "http://s/files/").Head("http://s/files/x").Kind);
    }

    [TestMethod]
    [DataRow(409, TusReplyKind.OffsetMismatch)]
    [DataRow(404, TusReplyKind.Gone)]
    [DataRow(410, TusReplyKind.Gone)]
    [DataRow(412, TusReplyKind.VersionRejected)]
    [DataRow(413, TusReplyKind.TooLarge)]
    [DataRow(460, TusReplyKind.ChecksumMismatch)]
    [DataRow(401, TusReplyKind.Unauthorized)]
    [DataRow(507, TusReplyKind.StationFull)]
    [DataRow(503, TusReplyKind.ServerError)]
    [DataRow(400, TusReplyKind.ClientError)]
    public void StatusCodes_MapToWhatTheAgentActsOn(int status, TusReplyKind kind)
    {
        var transport = new Canned { Next = Tus(status) };

        Assert.AreEqual(kind, new TusClient(transport, "http://s/files/").Patch("http://s/files/x", "f", 0, 1).Kind);
    }

    [TestMethod]
    public void Backoff_DoublesUpToTheBound_AndResets()
    {
        var backoff = new Backoff(1000, 8000, null!);

        long[] delays = Enumerable.Range(0, 6).Select(_ => backoff.NextDelayMs()).ToArray();
        backoff.Reset();

        CollectionAssert.AreEqual(new long[] { 1000, 2000, 4000, 8000, 8000, 8000 }, delays);
        Assert.AreEqual(1000, backoff.NextDelayMs());
    }
}
