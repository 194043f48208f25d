using BwcFirmware.Shared.Sync;

namespace BwcFirmware.Tests.Sync;

/// <summary>Every station fault the issue lists: nothing lost, nothing duplicated, nothing freed on a lie.</summary>
[TestClass]
public sealed class SyncFaultTests
{
    private static long Sent(SyncRig rig) => rig.Station.BodyBytesReceived;

    private static int Mismatches(SyncRig rig) => rig.Audit.Of("sync-failed").Count(r => r.Contains("reason=hash-mismatch device=", StringComparison.Ordinal));

    [TestMethod]
    public void ConnectionCutMidPatch_ResumesAtTheStationsOffset_WithoutResendingWhatItHolds()
    {
        using var rig = new SyncRig(pieceBytes: 64 * 1024);
        Dictionary<string, byte[]> clip = rig.Catalog.AddClip(1, new[] { 200_000 });
        rig.Station.CutAfterBytes = 10_000;
        rig.Station.FailNext("PATCH", Fault.CutMidBody);

        rig.RunPass();

        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status, rig.Agent.LastFault);
        CollectionAssert.AreEqual(clip["clips/000001/000001.avi"], rig.Station.Holding("clips/000001/000001.avi")!.Bytes.ToArray());
        Assert.AreEqual(2, rig.Station.Created, "one upload per file: no duplicate");
        long fileBytes = clip.Values.Sum(b => b.Length);
        Assert.AreEqual(fileBytes, Sent(rig), "the 10 000 bytes the station kept were not sent again");
        Assert.IsTrue(rig.Station.Log.Any(l => l.StartsWith("HEAD", StringComparison.Ordinal)), "asked the station where it was");
    }

    [TestMethod]
    public void FinalAnswerLost_HeadShowsTheStationsHash_ConfirmedWithoutUploadingAgain()
    {
        using var rig = new SyncRig();
        rig.Catalog.AddClip(1, new[] { 5000 });
        rig.Station.FailNext("PATCH", Fault.LoseAnswer);

        rig.RunPass();

        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status, rig.Agent.LastFault);
        CollectionAssert.AreEqual(new[] { 1 }, rig.Catalog.SyncedClips);
        Assert.AreEqual(2, rig.Station.Created);
        Assert.AreEqual(5000 + rig.Station.Holding("clips/000001/manifest.txt")!.Length, Sent(rig));
    }

    [TestMethod]
    public void StationDownThenBack_BacksOffExponentiallyWithinTheBound_ThenDelivers()
    {
        using var rig = new SyncRig();
        rig.Settings.InitialBackoffMs = 1000;
        rig.Settings.MaxBackoffMs = 8000;
        rig.Reboot();
        rig.Catalog.AddClip(1, new[] { 100 });
        rig.Station.Down = true;
        var waits = new List<long>();
        for (int i = 0; i < 6; i++)
        {
            rig.Step();
            Assert.AreEqual(SyncStatus.Retrying, rig.Agent.Status);
            waits.Add(rig.Agent.NextAttemptMs - rig.Now);
        }

        for (int i = 1; i < waits.Count; i++)
        {
            Assert.IsTrue(waits[i] >= waits[i - 1], "never shorter: " + string.Join(",", waits));
        }

        Assert.IsTrue(waits[0] >= 1000 && waits[0] < 1300, "first wait " + waits[0]);
        Assert.IsTrue(waits[^1] >= 8000 && waits[^1] <= 10000, "bounded: " + waits[^1]);

        rig.Station.Down = false;
        rig.RunPass();
        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status);
        CollectionAssert.AreEqual(new[] { 1 }, rig.Catalog.SyncedClips);
    }

    [TestMethod]
    [DataRow(500)]
    [DataRow(503)]
    [DataRow(429)]
    public void ServerErrors_AreRetriedAfterAWait(int status)
    {
        using var rig = new SyncRig();
        rig.Catalog.AddClip(1, new[] { 100_000 });
        rig.Station.FailNext("PATCH", Fault.Status, status, times: 2);

        rig.StepUntil(() => rig.Agent.Status == SyncStatus.Retrying);
        StringAssert.Contains(rig.Agent.LastFault, "PATCH " + status);
        rig.RunPass();

        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status);
        Assert.AreEqual(2, rig.Station.Created);
    }

    [TestMethod]
    public void OffsetMismatch409_AsksWithHeadAndContinuesFromThere()
    {
        using var rig = new SyncRig();
        Dictionary<string, byte[]> clip = rig.Catalog.AddClip(1, new[] { 150_000 });
        rig.Station.FailNext("PATCH", Fault.Status, 409);

        rig.RunPass();

        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status);
        CollectionAssert.AreEqual(clip["clips/000001/000001.avi"], rig.Station.Holding("clips/000001/000001.avi")!.Bytes.ToArray());
        int conflict = rig.Station.Log.FindIndex(l => l.StartsWith("PATCH", StringComparison.Ordinal));
        StringAssert.StartsWith(rig.Station.Log[conflict + 1], "HEAD");
    }

    [TestMethod]
    public void VersionRejected412_BlocksForAPerson()
    {
        using var rig = new SyncRig();
        rig.Catalog.AddClip(1, new[] { 100 });
        rig.Station.Version = "2.0.0";

        rig.Step();

        Assert.AreEqual(SyncStatus.Blocked, rig.Agent.Status);
        Assert.IsTrue(rig.Agent.NextAttemptMs - rig.Now >= rig.Settings.MaxBackoffMs);
        Assert.AreEqual(0, rig.Catalog.SyncedClips.Count);
    }

    [TestMethod]
    public void Unauthorized401_BlocksForAPerson()
    {
        using var rig = new SyncRig();
        rig.Catalog.AddClip(1, new[] { 100 });
        rig.Station.FailNext("OPTIONS", Fault.Status, 401);

        rig.Step();

        Assert.AreEqual(SyncStatus.Blocked, rig.Agent.Status);
        StringAssert.Contains(rig.Agent.LastFault, "OPTIONS 401");
    }

    [TestMethod]
    public void FileLargerThanTheStationTakes413_IsSetAsideAndTheRestStillGoes()
    {
        using var rig = new SyncRig();
        rig.Catalog.AddClip(1, new[] { 50_000 });
        rig.Catalog.AddClip(2, new[] { 500 });
        rig.Station.MaxSize = 10_000;

        rig.RunPass();

        Assert.AreEqual(SyncStatus.NotConfirmed, rig.Agent.Status);
        CollectionAssert.AreEqual(new[] { 2 }, rig.Catalog.SyncedClips, "clip 1 stays on the card");
        Assert.IsTrue(rig.Audit.Of("sync-failed").Contains("sync-failed file=clips/000001/000001.avi reason=refused last=POST-413-clips/000001/000001.avi"), string.Join("\n", rig.Audit.Records));
    }

    [TestMethod]
    public void BodyLimitBelowThePiece413_ShrinksThePieceAndDelivers()
    {
        using var rig = new SyncRig(pieceBytes: 256 * 1024);
        Dictionary<string, byte[]> clip = rig.Catalog.AddClip(1, new[] { 300_000 });
        rig.Station.MaxBodyBytes = 70_000;

        rig.RunPass();

        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status, rig.Agent.LastFault);
        Assert.AreEqual(64 * 1024, rig.Agent.PieceBytes);
        CollectionAssert.AreEqual(clip["clips/000001/000001.avi"], rig.Station.Holding("clips/000001/000001.avi")!.Bytes.ToArray());
    }

    [TestMethod]
    public void PieceTooSlowForTheRequestBound_ShrinksThePieceResumesAndDelivers()
    {
        using var rig = new SyncRig(pieceBytes: 256 * 1024);
        Dictionary<string, byte[]> clip = rig.Catalog.AddClip(1, new[] { 300_000 });
        rig.Station.CutAfterBytes = 10_000;
        rig.Station.TimeoutBodiesAbove = 70_000;

        rig.RunPass();

        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status, rig.Agent.LastFault);
        Assert.AreEqual(64 * 1024, rig.Agent.PieceBytes);
        CollectionAssert.AreEqual(clip["clips/000001/000001.avi"], rig.Station.Holding("clips/000001/000001.avi")!.Bytes.ToArray());
        Assert.IsTrue(rig.Station.Log.Any(l => l.StartsWith("HEAD", StringComparison.Ordinal)), "asked where the station was after each timed-out piece");
    }

    [TestMethod]
    public void StationFull507_WaitsAsStationFull()
    {
        using var rig = new SyncRig();
        rig.Catalog.AddClip(1, new[] { 100 });
        rig.Station.FailNext("POST", Fault.Status, 507);

        rig.StepUntil(() => rig.Agent.Status == SyncStatus.StationFull);
        rig.RunPass();

        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status);
    }

    [TestMethod]
    public void ChecksumMismatch460_DeletesTheBadUploadAndSendsAgain_NothingFreedUntilConfirmed()
    {
        using var rig = new SyncRig();
        rig.Catalog.AddClip(1, new[] { 100 });
        rig.Station.FailNext("PATCH", Fault.Status, 460);

        rig.RunPass();

        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status);
        Assert.AreEqual(1, Mismatches(rig));
        Assert.AreEqual(1, rig.Station.Created - rig.Station.Live.Count(), "the abandoned upload was deleted");
        CollectionAssert.AreEqual(new[] { 1 }, rig.Catalog.SyncedClips);
    }

    [TestMethod]
    public void StationAnswers2xxWithAWrongHash_IsNeverTakenAsDelivery()
    {
        using var rig = new SyncRig();
        rig.Catalog.AddClip(1, new[] { 100 });
        rig.Station.FailNext("PATCH", Fault.WrongHash, times: 10);

        rig.RunPass();

        Assert.AreEqual(SyncStatus.NotConfirmed, rig.Agent.Status);
        Assert.AreEqual(0, rig.Catalog.SyncedClips.Count, "a 2xx with the wrong hash frees nothing");
        Assert.IsTrue(Mismatches(rig) > 0);
        Assert.AreEqual(0, rig.Audit.Of("confirmed").Count());
        Assert.IsTrue(rig.Card.FileExists("clips/000001/000001.avi"));
    }

    [TestMethod]
    public void StationWhoseHashNeverMatches_SetsTheFileAsideAfterBoundedTries_AndFreesNothing()
    {
        using var rig = new SyncRig();
        rig.Catalog.AddClip(1, new[] { 100 }, recordHashes: false);
        rig.Station.FailNext("PATCH", Fault.Status, 460, times: 50);

        rig.RunPass();

        Assert.AreEqual(SyncStatus.NotConfirmed, rig.Agent.Status);
        Assert.AreEqual(0, rig.Catalog.SyncedClips.Count);
        Assert.AreEqual(2 * rig.Settings.MaxMismatchesPerFile, Mismatches(rig), "chunk and manifest, each bounded");
        Assert.IsTrue(rig.Card.FileExists("clips/000001/000001.avi"));
    }

    [TestMethod]
    public void Garbage2xx_WithoutUploadOffset_IsNotProgress_AndTheStationIsAskedAgain()
    {
        using var rig = new SyncRig();
        Dictionary<string, byte[]> clip = rig.Catalog.AddClip(1, new[] { 100_000 });
        rig.Station.FailNext("PATCH", Fault.Garbage);

        rig.RunPass();

        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status);
        CollectionAssert.AreEqual(clip["clips/000001/000001.avi"], rig.Station.Holding("clips/000001/000001.avi")!.Bytes.ToArray());
        Assert.IsTrue(rig.Audit.Of("sync-failed").Any(r => r.Contains("last=PATCH-204-malformed", StringComparison.Ordinal)), string.Join("\n", rig.Audit.Records));
    }

    [TestMethod]
    public void PatchAnswerClaimingMoreThanWasSent_IsDistrusted_TheStationIsAskedWithHead()
    {
        using var rig = new SyncRig();
        Dictionary<string, byte[]> clip = rig.Catalog.AddClip(1, new[] { 100_000 });
        rig.Station.FailNext("PATCH", Fault.WrongOffset, times: 100);

        rig.RunPass();

        // Every PATCH answer lied, but the bytes landed and HEAD told the truth: delivery rests on the hash alone.
        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status);
        CollectionAssert.AreEqual(clip["clips/000001/000001.avi"], rig.Station.Holding("clips/000001/000001.avi")!.Bytes.ToArray());
        Assert.IsTrue(rig.Station.Log.Count(l => l.StartsWith("HEAD", StringComparison.Ordinal)) >= 2);
    }

    [TestMethod]
    public void StationClaimingCompleteWhileHoldingLess_NeverFreesTheClip()
    {
        using var rig = new SyncRig(pieceBytes: 32 * 1024);
        rig.Catalog.AddClip(1, new[] { 100_000 });
        rig.Station.FailNext("PATCH", Fault.WrongOffset, times: 100);
        rig.Station.FailNext("HEAD", Fault.HeadClaimsComplete, times: 100);

        rig.RunPass(maxSteps: 400);

        Assert.AreEqual(0, rig.Catalog.SyncedClips.Count, "no lie frees the card");
        Assert.IsTrue(Mismatches(rig) > 0);
        Assert.IsTrue(rig.Card.FileExists("clips/000001/000001.avi"));
    }

    [TestMethod]
    public void PlainTusStation_ReceivesEverything_ButNothingIsFreed()
    {
        using var rig = new SyncRig();
        rig.Station.Profile = false;
        Dictionary<string, byte[]> clip = rig.Catalog.AddClip(1, new[] { 70_000 });

        rig.RunPass();

        Assert.AreEqual(SyncStatus.NotConfirmed, rig.Agent.Status);
        foreach ((string path, byte[] bytes) in clip)
        {
            CollectionAssert.AreEqual(bytes, rig.Station.Holding(path)!.Bytes.ToArray());
        }

        Assert.AreEqual(0, rig.Catalog.SyncedClips.Count);
        Assert.AreEqual(2, rig.Audit.Of("sync-failed").Count(r => r.EndsWith("reason=unconfirmed", StringComparison.Ordinal)));
        int requests = rig.Station.Requests;
        rig.RunPass();
        Assert.AreEqual(requests, rig.Station.Requests, "a rescan in the same session sends nothing again");
    }

    [TestMethod]
    public void ForeignLocation_IsRefused_NoBytesGoElsewhere()
    {
        using var rig = new SyncRig();
        rig.Catalog.AddClip(1, new[] { 100 });
        rig.Station.FailNext("POST", Fault.ForeignLocation);

        rig.RunPass();

        Assert.IsFalse(rig.Station.Log.Any(l => l.Contains("elsewhere", StringComparison.Ordinal)));
        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status);
    }

    [TestMethod]
    public void UndockMidUpload_StopsAtOnce_AndRedockResumesTheSameUpload()
    {
        using var rig = new SyncRig(pieceBytes: 32 * 1024);
        Dictionary<string, byte[]> clip = rig.Catalog.AddClip(1, new[] { 200_000 });
        rig.StepUntil(() => rig.Agent.CurrentOffset >= 64 * 1024);

        rig.Agent.SetConditions(docked: false, recording: false, networkUp: true);
        int before = rig.Station.Requests;
        rig.Step();
        rig.Step();
        Assert.AreEqual(before, rig.Station.Requests);
        Assert.AreEqual(SyncStatus.NotDocked, rig.Agent.Status);

        rig.Agent.SetConditions(docked: true, recording: false, networkUp: true);
        rig.RunPass();

        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status);
        Assert.AreEqual(2, rig.Station.Created, "resumed, not re-created");
        Assert.AreEqual(clip.Values.Sum(b => b.Length), Sent(rig), "no byte sent twice");
    }

    [TestMethod]
    public void RebootMidUpload_ResumesFromTheJournal_NeverADuplicateUpload()
    {
        using var rig = new SyncRig(pieceBytes: 32 * 1024);
        rig.Settings.OffsetSaveIntervalBytes = 1L << 40;
        Dictionary<string, byte[]> clip = rig.Catalog.AddClip(1, new[] { 200_000 });
        rig.StepUntil(() => rig.Agent.CurrentOffset >= 96 * 1024);

        rig.Reboot();
        rig.RunPass();

        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status);
        Assert.AreEqual(2, rig.Station.Created);
        Assert.AreEqual(clip.Values.Sum(b => b.Length), Sent(rig));
        CollectionAssert.AreEqual(clip["clips/000001/000001.avi"], rig.Station.Holding("clips/000001/000001.avi")!.Bytes.ToArray());
    }

    [TestMethod]
    public void StationLostTheUpload404_CreatesItAgainAndDelivers()
    {
        using var rig = new SyncRig(pieceBytes: 32 * 1024);
        Dictionary<string, byte[]> clip = rig.Catalog.AddClip(1, new[] { 100_000 });
        rig.StepUntil(() => rig.Agent.CurrentOffset > 0);
        rig.Station.Uploads["u1"].Deleted = true;

        rig.RunPass();

        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status);
        CollectionAssert.AreEqual(clip["clips/000001/000001.avi"], rig.Station.Holding("clips/000001/000001.avi")!.Bytes.ToArray());
    }

    [TestMethod]
    public void SlowStationTimeouts_AreRetriedAndResumed()
    {
        using var rig = new SyncRig();
        rig.Catalog.AddClip(1, new[] { 100_000 });
        rig.Station.FailNext("PATCH", Fault.Timeout, times: 3);

        rig.RunPass();

        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status);
        Assert.AreEqual(2, rig.Station.Created);
    }

    [TestMethod]
    public void UnreadableCardFile_IsSetAside_OthersGoOn()
    {
        using var rig = new SyncRig();
        rig.Catalog.AddClip(1, new[] { 100 }, recordHashes: true);
        rig.Catalog.AddClip(2, new[] { 100 });
        rig.Card.FailReadsOf = "clips/000001/000001.avi";

        rig.RunPass();

        CollectionAssert.AreEqual(new[] { 2 }, rig.Catalog.SyncedClips);
        Assert.IsTrue(rig.Card.FileExists("clips/000001/000001.avi"));
    }
}
