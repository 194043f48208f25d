using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.CardStore;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Time;
using BwcFirmware.Shared.Verification;
using BwcFirmware.Tests.Audit;
using BwcFirmware.Tests.Card;
using BwcFirmware.Tests.Media;

namespace BwcFirmware.Tests.Verification;

/// <summary>
/// The verifier against what the firmware really writes: the media pipeline and the card store's boot
/// recovery, with the durable audit log as their sink, on the fault-injecting host card.
/// </summary>
[TestClass]
public sealed class PipelineEvidenceTests
{
    private sealed class Camera
    {
        private readonly FaultInjectingCardFileSystem _card;

        public Camera(FaultInjectingCardFileSystem card)
        {
            _card = card;
        }

        public MediaPipeline Pipeline { get; private set; } = null!;

        public AuditLog Audit { get; private set; } = null!;

        /// <summary>Power-on as the device wires it: the log first (it records everything else), then card recovery.</summary>
        public void Boot(long nowMs)
        {
            Audit = new AuditLog(_card, new Sha256(), new UtcClock(), new AuditLogSettings());
            Audit.Open(nowMs);
            Audit.Append(nowMs, AuditEvents.PowerOn, "firmware=test");
            new BootRecovery(_card, new Sha256(), Audit).Run(nowMs);
            CardSpace space = CardSpace.Measure(_card, 1L << 30, 0, 4096);
            var settings = new MediaSettings { FramesPerSecond = 10, ChunkSeconds = 2, PreEventSeconds = 4 };
            Pipeline = Pipelines.Managed(settings, _card, space, new TestFrames(10, 0, 300), new TestAudio(), new Sha256(), null, Audit, null);
        }

        public void Run(long fromMs, long toMs)
        {
            for (long t = fromMs + 100; t <= toMs; t += 100)
            {
                Pipeline.Pump(t);
            }
        }
    }

    [TestMethod]
    public void ClipsWrittenByThePipeline_VerifyAgainstTheChain_AndATamperedChunkIsNamed()
    {
        using var temp = new TempCard();
        FaultInjectingCardFileSystem card = temp.Faulty();
        var camera = new Camera(card);
        camera.Boot(0);
        camera.Pipeline.StartBuffering(0);
        camera.Run(0, 5000);
        camera.Pipeline.StartClip(5000, "record.double");
        camera.Run(5000, 9000);
        camera.Pipeline.Marker(9000, "function.press");
        camera.Pipeline.SetMuted(9100, true);
        camera.Run(9100, 11000);
        camera.Pipeline.StopClip(11000, "record.hold");
        camera.Audit.CloseSegment(11001);

        VerificationReport report = CardVerifier.Verify(card, new Sha256());
        Assert.IsTrue(report.Passed, AuditTestKit.Describe(report));
        Assert.AreEqual(1, report.ManifestsChecked);
        Assert.IsGreaterThanOrEqualTo(3, report.ChunksChecked, AuditTestKit.Describe(report));

        string chunk = "clips/000001/" + card.ListFiles("clips/000001").First(n => n.EndsWith(".avi", StringComparison.Ordinal));
        string host = Path.Combine(temp.Root, chunk);
        byte[] bytes = File.ReadAllBytes(host);
        bytes[bytes.Length / 2] ^= 0x10;
        File.WriteAllBytes(host, bytes);
        VerificationReport tampered = CardVerifier.Verify(card, new Sha256());
        Assert.IsTrue(tampered.HasFailure(chunk, -1), AuditTestKit.Describe(tampered));
    }

    [TestMethod]
    public void PowerCutMidClip_BootRecoveryClosesAndAnchorsIt_AndTheCardVerifies()
    {
        using var temp = new TempCard();
        FaultInjectingCardFileSystem card = temp.Faulty(seed: 7);
        var camera = new Camera(card);
        camera.Boot(0);
        camera.Pipeline.StartBuffering(0);
        camera.Run(0, 3000);
        camera.Pipeline.StartClip(3000, "record.double");
        camera.Run(3000, 6000);
        card.CutPowerAfterBytes(1500);
        try
        {
            camera.Run(6000, 9000);
        }
        catch (CardException)
        {
            // The pipeline may let the dying card's fault escape; the board is off either way.
        }

        Assert.IsFalse(card.IsAlive, "the cut never happened");
        Assert.IsTrue(CardVerifier.Verify(PowerOnView(card), new Sha256()).FailureCount > 0, "before boot the open clip is not anchored yet");

        camera.Boot(0);
        camera.Audit.CloseSegment(1);

        VerificationReport report = CardVerifier.Verify(card, new Sha256());
        Assert.IsTrue(report.Passed, AuditTestKit.Describe(report));
        Assert.AreEqual(1, report.ManifestsChecked);
        string log = string.Join("\n", Directory.GetFiles(Path.Combine(temp.Root, "audit")).Order().Select(File.ReadAllText));
        StringAssert.Contains(log, "event=recovery prev=", "boot noted the cut");
        StringAssert.Contains(log, "segment=audit/000001.log last_seq=");
        StringAssert.Contains(log, "closed cause=recovered manifest-sha256=", "recovery anchored the clip");
    }

    private static FaultInjectingCardFileSystem PowerOnView(FaultInjectingCardFileSystem card)
    {
        card.PowerOn();
        return card;
    }
}
