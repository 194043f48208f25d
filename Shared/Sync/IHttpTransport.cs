namespace BwcFirmware.Shared.Sync
{
    /// <summary>
    /// One synchronous HTTP exchange at a time. The device implements it on nanoFramework's HttpClient, the
    /// host on System.Net.Http. An upload body is a byte range of a card file that the transport reads itself,
    /// piece by piece, so no file is ever held in memory.
    /// </summary>
    /// <remarks>
    /// The transport adds the device credential (bearer token) and enforces the pinned CA; the tus client
    /// above it knows neither. It never throws for network faults: it answers with
    /// <see cref="HttpResponse.Failure"/> set.
    /// </remarks>
    public interface IHttpTransport
    {
        /// <summary>False when the transport can only send GET/POST/HEAD/PUT/DELETE/OPTIONS (then PATCH goes as POST with X-HTTP-Method-Override).</summary>
        bool CanSendPatch { get; }

        /// <summary>Sends <paramref name="request"/> and waits for the answer, at most the request's timeout.</summary>
        HttpResponse Send(HttpRequest request);
    }
}
