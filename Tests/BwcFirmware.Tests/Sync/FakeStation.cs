using System.Security.Cryptography;
using System.Text;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Sync;

namespace BwcFirmware.Tests.Sync;

/// <summary>What the fake station does to the next matching request instead of answering normally.</summary>
internal enum Fault
{
    Unreachable,
    Timeout,
    /// <summary>PATCH: stores <see cref="FakeStation.CutAfterBytes"/> of the body, then the connection breaks.</summary>
    CutMidBody,
    /// <summary>Stores the whole PATCH, then the answer is lost.</summary>
    LoseAnswer,
    Status,
    /// <summary>2xx without the headers tus requires.</summary>
    Garbage,
    /// <summary>2xx claiming more bytes than were sent.</summary>
    WrongOffset,
    /// <summary>Finishes the upload with a 2xx but a "computed" hash that is not the one of the bytes.</summary>
    WrongHash,
    /// <summary>POST answering a Location on another host.</summary>
    ForeignLocation,
    /// <summary>HEAD claiming the upload is complete, with the hash of the (partial) bytes it really holds.</summary>
    HeadClaimsComplete,
}

/// <summary>
/// An in-memory tus 1.0 station behind <see cref="IHttpTransport"/>, reading PATCH bodies from the card as the
/// real transports do, with scripted faults. It keeps every byte it accepted so tests can compare.
/// </summary>
internal sealed class FakeStation : IHttpTransport
{
    public const string Url = "http://station.test:1080/files/";

    private readonly ICardFileSystem _card;
    private readonly List<(string Method, Fault Fault, int Status)> _faults = new();
    private int _nextId;

    public FakeStation(ICardFileSystem card)
    {
        _card = card;
    }

    public sealed class Upload
    {
        public long Length;
        public MemoryStream Bytes = new();
        public Dictionary<string, string> Metadata = new();
        public string? Computed;
        public bool Deleted;
    }

    public Dictionary<string, Upload> Uploads { get; } = new();

    public List<string> Log { get; } = new();

    public bool CanSendPatch { get; set; } = true;

    public bool Profile { get; set; } = true;

    public bool Termination { get; set; } = true;

    public bool Down { get; set; }

    public long MaxSize { get; set; }

    public long MaxBodyBytes { get; set; }

    /// <summary>A slow link: a PATCH body above this many bytes keeps <see cref="CutAfterBytes"/> of it, then times out (0 = never).</summary>
    public long TimeoutBodiesAbove { get; set; }

    public string Version { get; set; } = "1.0.0";

    public int CutAfterBytes { get; set; } = 1000;

    public long BodyBytesReceived { get; private set; }

    public string Date { get; set; } = "Thu, 26 Nov 2026 04:05:06 GMT";

    public int Requests => Log.Count;

    /// <summary>The next request with <paramref name="method"/> ("*" for any) meets <paramref name="fault"/>.</summary>
    public void FailNext(string method, Fault fault, int status = 0, int times = 1)
    {
        for (int i = 0; i < times; i++)
        {
            _faults.Add((method, fault, status));
        }
    }

    public int Created => Uploads.Count;

    public IEnumerable<Upload> Live => Uploads.Values.Where(u => !u.Deleted);

    public Upload? Holding(string path) => Live.SingleOrDefault(u => u.Metadata.GetValueOrDefault("filename") == path && u.Bytes.Length == u.Length);

    public HttpResponse Send(HttpRequest request)
    {
        string method = request.Method;
        if (method == "POST" && request.GetHeader("X-HTTP-Method-Override") is string overridden)
        {
            method = overridden;
        }

        if (method == "PATCH" && request.Method == "PATCH" && !CanSendPatch)
        {
            throw new InvalidOperationException("client sent PATCH over a transport that cannot");
        }

        Log.Add(request.Method + (method != request.Method ? "(" + method + ")" : string.Empty) + " " + request.Url);
        if (Down)
        {
            return HttpResponse.Failed(TransportFailure.Unreachable);
        }

        var fault = _faults.FirstOrDefault(f => f.Method == method || f.Method == "*");
        bool faulted = fault.Method != null;
        if (faulted)
        {
            _faults.Remove(fault);
            switch (fault.Fault)
            {
                case Fault.Unreachable:
                    return HttpResponse.Failed(TransportFailure.Unreachable);
                case Fault.Timeout:
                    return HttpResponse.Failed(TransportFailure.Timeout);
                case Fault.Status:
                    return Answer(fault.Status);
            }
        }

        switch (method)
        {
            case "OPTIONS":
                return Options();
            case "POST":
                return Create(request, faulted ? fault.Fault : (Fault?)null);
            case "HEAD":
                return Head(request, faulted ? fault.Fault : (Fault?)null);
            case "PATCH":
                return Patch(request, faulted ? fault.Fault : (Fault?)null);
            case "DELETE":
                return Delete(request);
            default:
                return Answer(405);
        }
    }

    private HttpResponse Answer(int status)
    {
        HttpResponse response = HttpResponse.Answered(status);
        response.AddHeader("Tus-Resumable", "1.0.0");
        response.AddHeader("Date", Date);
        return response;
    }

    private HttpResponse Options()
    {
        HttpResponse response = Answer(204);
        response.AddHeader("Tus-Version", Version);
        response.AddHeader("Tus-Extension", Termination ? "creation,termination" : "creation");
        if (MaxSize > 0)
        {
            response.AddHeader("Tus-Max-Size", MaxSize.ToString());
        }

        return response;
    }

    private HttpResponse Create(HttpRequest request, Fault? fault)
    {
        if (request.GetHeader("Tus-Resumable") != "1.0.0")
        {
            return Answer(412);
        }

        long length = long.Parse(request.GetHeader("Upload-Length")!);
        if (MaxSize > 0 && length > MaxSize)
        {
            return Answer(413);
        }

        var upload = new Upload { Length = length };
        foreach (string pair in (request.GetHeader("Upload-Metadata") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = pair.Split(' ');
            upload.Metadata[parts[0]] = parts.Length > 1 ? Encoding.UTF8.GetString(Convert.FromBase64String(parts[1])) : string.Empty;
        }

        string id = "u" + (++_nextId).ToString();
        Uploads[id] = upload;
        if (length == 0)
        {
            FinishUpload(upload);
        }

        HttpResponse response = Answer(201);
        response.AddHeader("Location", fault == Fault.ForeignLocation ? "http://elsewhere.test/files/" + id : "/files/" + id);
        return response;
    }

    private Upload? Find(HttpRequest request, out string id)
    {
        id = request.Url.Substring(request.Url.LastIndexOf('/') + 1);
        return Uploads.TryGetValue(id, out Upload? upload) && !upload.Deleted ? upload : null;
    }

    private HttpResponse Head(HttpRequest request, Fault? fault)
    {
        Upload? upload = Find(request, out _);
        if (upload == null)
        {
            return Answer(404);
        }

        HttpResponse response = Answer(200);
        if (fault == Fault.HeadClaimsComplete)
        {
            response.AddHeader("Upload-Offset", upload.Length.ToString());
            response.AddHeader("Upload-Length", upload.Length.ToString());
            response.AddHeader(TusClient.ComputedSha256Header, Convert.ToHexStringLower(SHA256.HashData(upload.Bytes.ToArray())));
            return response;
        }

        response.AddHeader("Upload-Offset", upload.Bytes.Length.ToString());
        response.AddHeader("Upload-Length", upload.Length.ToString());
        if (upload.Computed != null)
        {
            response.AddHeader(TusClient.ComputedSha256Header, upload.Computed);
        }

        return response;
    }

    private HttpResponse Patch(HttpRequest request, Fault? fault)
    {
        Upload? upload = Find(request, out _);
        if (upload == null)
        {
            return Answer(404);
        }

        if (request.BodyContentType != TusClient.OffsetOctetStream)
        {
            return Answer(415);
        }

        long offset = long.Parse(request.GetHeader("Upload-Offset")!);
        if (offset != upload.Bytes.Length)
        {
            return Answer(409);
        }

        if (MaxBodyBytes > 0 && request.BodyLength > MaxBodyBytes)
        {
            return Answer(413);
        }

        bool slow = TimeoutBodiesAbove > 0 && request.BodyLength > TimeoutBodiesAbove;
        long take = fault == Fault.CutMidBody || slow ? Math.Min(CutAfterBytes, request.BodyLength) : request.BodyLength;
        byte[] body = new byte[take];
        int got = 0;
        while (got < take)
        {
            int read;
            try
            {
                read = _card.Read(request.BodyPath, request.BodyOffset + got, body, got, (int)take - got);
            }
            catch (CardException)
            {
                // As the real transports do: the card, not the station, failed.
                return HttpResponse.Failed(TransportFailure.CardRead);
            }

            if (read <= 0)
            {
                break;
            }

            got += read;
        }

        upload.Bytes.Write(body, 0, got);
        BodyBytesReceived += got;
        if (fault == Fault.CutMidBody)
        {
            return HttpResponse.Failed(TransportFailure.Interrupted);
        }

        if (slow)
        {
            return HttpResponse.Failed(TransportFailure.Timeout);
        }

        bool finished = upload.Bytes.Length == upload.Length;
        if (finished)
        {
            FinishUpload(upload);
        }

        if (fault == Fault.LoseAnswer)
        {
            return HttpResponse.Failed(TransportFailure.Interrupted);
        }

        if (fault == Fault.Garbage)
        {
            return HttpResponse.Answered(204);
        }

        if (finished && fault == Fault.WrongHash)
        {
            // A lying station: 2xx and a "computed" hash that is not the hash of the bytes it holds.
            upload.Computed = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes("lie" + upload.Computed)));
        }

        bool mismatch = finished && Profile && fault != Fault.WrongHash && upload.Computed != upload.Metadata.GetValueOrDefault("sha256");
        HttpResponse response = Answer(mismatch ? 460 : 204);
        response.AddHeader("Upload-Offset", (fault == Fault.WrongOffset ? upload.Bytes.Length + 4096 : upload.Bytes.Length).ToString());
        if (finished && Profile)
        {
            response.AddHeader(TusClient.ComputedSha256Header, upload.Computed!);
        }

        return response;
    }

    private void FinishUpload(Upload upload)
    {
        if (Profile)
        {
            upload.Computed = Convert.ToHexStringLower(SHA256.HashData(upload.Bytes.ToArray()));
        }
    }

    private HttpResponse Delete(HttpRequest request)
    {
        Upload? upload = Find(request, out _);
        if (upload == null || !Termination)
        {
            return Answer(upload == null ? 404 : 405);
        }

        upload.Deleted = true;
        return Answer(204);
    }
}
