using System.Text;
using BwcFirmware.Shared.Sync;

namespace BwcFirmware.Tests.Sync;

/// <summary>The upload journal survives power cuts at any point of a save.</summary>
[TestClass]
public sealed class UploadJournalTests
{
    private static readonly string s_hash = new('a', 64);

    private static UploadRecord Record(long offset) =>
        new("clips/000001/000001.avi", 1000, s_hash) { Url = "http://s/files/x", Offset = offset, Phase = UploadPhase.Uploading };

    [TestMethod]
    public void SaveThenLoad_GivesTheSameRecord()
    {
        using var card = new FolderCard();
        var journal = new UploadJournal(card);
        journal.Save(new UploadRecord("audit/000002.log", 77, s_hash) { Url = "http://s/files/y", Offset = 70, Phase = UploadPhase.Unconfirmed, Mismatches = 2 });

        UploadRecord loaded = new UploadJournal(card).Load("audit/000002.log")!;

        Assert.AreEqual(77, loaded.Length);
        Assert.AreEqual(s_hash, loaded.Sha256);
        Assert.AreEqual("http://s/files/y", loaded.Url);
        Assert.AreEqual(70, loaded.Offset);
        Assert.AreEqual(UploadPhase.Unconfirmed, loaded.Phase);
        Assert.AreEqual(2, loaded.Mismatches);
        Assert.AreEqual("sync/audit_000002.log.tus", UploadJournal.RecordPath("audit/000002.log"));
    }

    [TestMethod]
    public void CutWhileWritingTheNewFile_KeepsTheOldRecord()
    {
        using var card = new FolderCard();
        var journal = new UploadJournal(card);
        journal.Save(Record(100));
        string path = UploadJournal.RecordPath("clips/000001/000001.avi");
        byte[] whole = File.ReadAllBytes(card.Full(path));
        card.WriteFile(path + ".new", whole.AsSpan(0, whole.Length / 2).ToArray());

        UploadRecord loaded = journal.Load("clips/000001/000001.avi")!;

        Assert.AreEqual(100, loaded.Offset);
        Assert.IsFalse(card.FileExists(path + ".new"), "the partial file is dropped");
    }

    [TestMethod]
    public void CutAfterDeletingTheOldRecord_TakesTheCompleteNewOne()
    {
        using var card = new FolderCard();
        var journal = new UploadJournal(card);
        journal.Save(Record(300));
        string path = UploadJournal.RecordPath("clips/000001/000001.avi");
        card.Rename(path, path + ".new");

        UploadRecord loaded = journal.Load("clips/000001/000001.avi")!;

        Assert.AreEqual(300, loaded.Offset);
        Assert.IsTrue(card.FileExists(path));
    }

    [TestMethod]
    public void TruncatedRecordAlone_IsIgnored()
    {
        using var card = new FolderCard();
        string path = UploadJournal.RecordPath("clips/000001/000001.avi");
        card.WriteFile(path, Encoding.ASCII.GetBytes("bwc-sync 1\npath clips/000001/000001.avi\nlength 1000\nsha256 " + s_hash + "\nurl http://s/files/x\n"));

        Assert.IsNull(new UploadJournal(card).Load("clips/000001/000001.avi"));
    }

    [TestMethod]
    public void RecordOfAnotherFile_IsIgnored()
    {
        using var card = new FolderCard();
        var journal = new UploadJournal(card);
        journal.Save(Record(5));
        string path = UploadJournal.RecordPath("clips/000001/000001.avi");
        card.WriteFile(UploadJournal.RecordPath("clips/000001/000002.avi"), File.ReadAllBytes(card.Full(path)));

        Assert.IsNull(journal.Load("clips/000001/000002.avi"));
    }
}
