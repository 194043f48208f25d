using BwcFirmware.Drivers.Host.Http;
using BwcFirmware.Shared.Sync;

namespace BwcFirmware.Tests.Sync;

/// <summary>
/// Why sync waits, in plain words: the reason text for each kind of answer, and the agent's reason (and its
/// audit record) against the fake station and the real reference station (wrong token, station stopped, full).
/// </summary>
[TestClass]
public sealed class SyncReasonTests
{
    private const string Token = "sync-reason-token";

    [TestMethod]
    [DataRow(TusReplyKind.Unauthorized, 401, "station refused the token (401)")]
    [DataRow(TusReplyKind.Unauthorized, 403, "station refused this device (403)")]
    [DataRow(TusReplyKind.StationFull, 507, "station full (507)")]
    [DataRow(TusReplyKind.VersionRejected, 412, "station does not speak tus 1.0.0 (412)")]
    [DataRow(TusReplyKind.ServerError, 503, "station error (503)")]
    [DataRow(TusReplyKind.ServerError, 429, "station busy (429)")]
    [DataRow(TusReplyKind.Malformed, 204, "bad reply from the station (204)")]
    [DataRow(TusReplyKind.OffsetMismatch, 409, "station keeps reporting another offset (409)")]
    public void AnAnswer_IsSaidInPlainWordsWithItsStatus(TusReplyKind kind, int status, string expected)
    {
        Assert.AreEqual(expected, SyncReasons.Of(new TusReply(kind, status, TransportFailure.None)));
    }

    [TestMethod]
    [DataRow(TransportFailure.Unreachable, "station unreachable")]
    [DataRow(TransportFailure.Timeout, "station did not answer in time")]
    [DataRow(TransportFailure.Interrupted, "connection to the station broke")]
    [DataRow(TransportFailure.Untrusted, "station certificate not trusted (TLS)")]
    public void NoAnswer_IsSaidByWhatFailed(TransportFailure failure, string expected)
    {
        Assert.AreEqual(expected, SyncReasons.Of(new TusReply(TusReplyKind.NoAnswer, 0, failure)));
    }

    [TestMethod]
    public void NoReply_HasNoReason()
    {
        Assert.AreEqual(string.Empty, SyncReasons.Of(null!));
    }

    [TestMethod]
    public void GarbageAnswer_RetriesWithABadReplyReason_ThenTheReasonGoesWithTheFault()
    {
        using var rig = new SyncRig();
        rig.Catalog.AddClip(1, new[] { 100_000 });
        rig.Station.FailNext("PATCH", Fault.Garbage, 0);

        rig.StepUntil(() => rig.Agent.Status == SyncStatus.Retrying);
        StringAssert.StartsWith(rig.Agent.Reason, "bad reply from the station (");
        Assert.AreEqual(SyncPhase.Backoff, rig.Agent.Phase);

        rig.RunPass();
        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status);
        Assert.AreEqual(string.Empty, rig.Agent.Reason);
    }

    [TestMethod]
    public void RecordingInTheDock_PausesWithRecordingAsTheReason()
    {
        using var rig = new SyncRig();
        rig.Agent.SetConditions(docked: true, recording: true, networkUp: true);

        rig.Step();

        Assert.AreEqual(SyncStatus.Paused, rig.Agent.Status);
        Assert.AreEqual("recording", rig.Agent.Reason);
        Assert.AreEqual(SyncPhase.Off, rig.Agent.Phase);
    }

    [TestMethod]
    public void WrongToken_AtTheReferenceStation_BlocksWithTheRefusedToken_AndTheAuditSaysWhy()
    {
        using ReferenceStation station = ReferenceStation.Start(Token);
        using var rig = new SyncRig(transport: card => new HostHttpTransport(card, new HostHttpSettings { BearerToken = "not-the-token" }), url: station.Url);
        rig.Catalog.AddClip(1, new[] { 1000 });

        rig.Step();

        Assert.AreEqual(SyncStatus.Blocked, rig.Agent.Status);
        Assert.AreEqual("station refused the token (401)", rig.Agent.Reason);
        string record = rig.Audit.Of("sync-failed").Single();
        StringAssert.Contains(record, "reason=blocked last=OPTIONS-401 why=station-refused-the-token-(401)");
    }

    [TestMethod]
    public void StoppedStation_RetriesWithUnreachable_AndGoesOnOnceItIsBack()
    {
        using ReferenceStation station = ReferenceStation.Start(Token);
        using var rig = new SyncRig(transport: card => new HostHttpTransport(card, new HostHttpSettings { BearerToken = Token }), url: station.Url);
        rig.Catalog.AddClip(1, new[] { 200_000 });
        station.Kill();

        rig.StepUntil(() => rig.Agent.Status == SyncStatus.Retrying);

        Assert.AreEqual("station unreachable", rig.Agent.Reason);
        StringAssert.Contains(rig.Audit.Of("sync-failed").Single(), "why=station-unreachable");
        station.Restart();
        rig.RunPass();
        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status, rig.Agent.LastFault);
        Assert.AreEqual(string.Empty, rig.Agent.Reason);
    }

    [TestMethod]
    public void FullReferenceStation_SaysStationFull()
    {
        using ReferenceStation station = ReferenceStation.Start(Token, "--max-storage", "100000");
        using var rig = new SyncRig(transport: card => new HostHttpTransport(card, new HostHttpSettings { BearerToken = Token }), url: station.Url);
        rig.Catalog.AddClip(1, new[] { 200_000 });

        rig.StepUntil(() => rig.Agent.Status == SyncStatus.StationFull);

        Assert.AreEqual("station full (507)", rig.Agent.Reason);
    }
}
