using BwcFirmware.Shared.Config;
using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Tests.Recording;

/// <summary>
/// The officer's sensitive flag on the open clip: one gesture flags, the same gesture unflags, and every switch
/// is an audit record (and a media command for the manifest) with its time; never silent, never carried over.
/// </summary>
[TestClass]
public sealed class SensitiveFlagTests
{
    [TestMethod]
    public void FlagThenUnflag_EachIsAnAuditRecordAndAManifestCommandWithItsTime()
    {
        var rig = new RecorderRig().BringTo(RecorderState.Recording);

        rig.Post(InputKind.FunctionDoublePress);
        long flaggedAt = rig.NowMs;
        Assert.IsTrue(rig.Machine.IsSensitive);
        rig.Post(InputKind.FunctionDoublePress);
        long unflaggedAt = rig.NowMs;

        Assert.IsFalse(rig.Machine.IsSensitive);
        Assert.AreEqual("sensitive on cause=function.double | sensitive off cause=function.double", rig.Audit.Log);
        CollectionAssert.AreEqual(new[] { flaggedAt, unflaggedAt }, rig.Audit.Records.Select(r => r.TimeMs).ToArray());
        Assert.AreEqual("SetSensitive(true); SetSensitive(false)", rig.Media.Log);
        CollectionAssert.AreEqual(new[] { RecorderNotice.SensitiveOn, RecorderNotice.SensitiveOff }, rig.Notices);
        Assert.AreEqual(RecorderState.Recording, rig.Machine.State, "the flag changes no state");
    }

    [TestMethod]
    public void TheFlagBelongsToOneClip_TheNextClipStartsUnflagged()
    {
        var rig = new RecorderRig().BringTo(RecorderState.Recording);
        rig.Post(InputKind.FunctionDoublePress).Post(InputKind.RecordHold).Post(InputKind.RecordDoublePress);
        rig.Audit.Clear();
        rig.Media.Commands.Clear();

        Assert.IsFalse(rig.Machine.IsSensitive);
        rig.Post(InputKind.FunctionDoublePress);

        Assert.AreEqual("sensitive on cause=function.double", rig.Audit.Log, "a double press in the new clip flags it, not unflags");
    }

    [TestMethod]
    public void WithTheSinglePressConfigured_ASinglePressFlags_AndADoublePressMeansNothing()
    {
        var rig = new RecorderRig(new DeviceConfig { SensitiveGesture = SensitiveGestures.FunctionPress }).BringTo(RecorderState.PrivacyMuted);

        rig.Post(InputKind.FunctionPress).Post(InputKind.FunctionDoublePress);

        Assert.AreEqual("sensitive on cause=function.press | ignored function.double in PrivacyMuted: no action assigned", rig.Audit.Log);
    }

    [TestMethod]
    public void WithTheGestureOff_NothingFlags()
    {
        var rig = new RecorderRig(new DeviceConfig { SensitiveGesture = SensitiveGestures.Off }).BringTo(RecorderState.Recording);

        rig.Post(InputKind.FunctionDoublePress).Post(InputKind.FunctionPress);

        Assert.IsFalse(rig.Machine.IsSensitive);
        Assert.AreEqual("", rig.Media.Log);
        Assert.AreEqual("ignored function.double in Recording: no action assigned | ignored function.press in Recording: no action assigned", rig.Audit.Log);
    }
}
