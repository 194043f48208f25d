#nullable disable
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#endif
using System;
using BwcFirmware.DeviceTests.Fakes;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Time;
using BwcFirmware.Shared.Verification;

// Portable test (see Board/BoardPinMapPortableTests.cs for how it runs on both frameworks).
namespace BwcFirmware.DeviceTests.Audit
{
    /// <summary>The hash-chained audit log written on the device and read back: records, segments, reboots, tampering.</summary>
    [TestClass]
    public sealed class AuditChainPortableTests
    {
        private const string FirstSegment = "audit/000001.log";

        [TestMethod]
        public void Records_ReadBack_EachCarryingTheHashOfTheLineBefore()
        {
            InMemoryCard card = new InMemoryCard(1024 * 1024);
            AuditLog log = NewLog(card, 64 * 1024);
            log.Open(0);
            log.Append(5, AuditEvents.PowerOn, "firmware=0.1");
            log.Append(900, AuditEvents.State, "Idle->PreEventBuffer cause=undock");
            log.Append(1800, AuditEvents.Marker, "note=officer");

            AuditSegmentReader reader = new AuditSegmentReader(card, FirstSegment);
            string previousLine = null;
            int count = 0;
            while (reader.ReadNext())
            {
                string line = reader.LineText();
                AuditRecord record;
                Assert.IsTrue(AuditRecord.TryParse(line, out record), line);
                count++;
                Assert.AreEqual((long)count, record.Sequence);
                Assert.AreEqual(previousLine == null ? AuditRecord.GenesisHash : HashOfLine(previousLine), record.PreviousHash);
                previousLine = line;
            }

            Assert.AreEqual(3, count);
            Assert.AreEqual("seq=3 mono=1800 utc=not-set event=marker prev=" + HashOfLine(LineAt(card, 1)) + " detail=note=officer", previousLine);
            Assert.AreEqual(HashOfLine(previousLine), log.HeadHash);
            VerificationReport report = VerifyChain(card);
            Assert.IsTrue(report.Passed);
            Assert.AreEqual(3L, report.RecordsChecked);
        }

        [TestMethod]
        public void Record_FormatsAndParsesBack_WithStationTime()
        {
            UtcClock clock = new UtcClock();
            clock.Set(2000, new DateTime(2026, 11, 26, 3, 0, 0));
            InMemoryCard card = new InMemoryCard(1024 * 1024);
            AuditLog log = new AuditLog(card, new Sha256(), clock, new AuditLogSettings());
            log.Append(2500, AuditEvents.Mute, "on clip=000001");

            AuditRecord record;
            Assert.IsTrue(AuditRecord.TryParse(LineAt(card, 0), out record));

            Assert.AreEqual("2026-11-26T03:00:00.500Z", record.Utc);
            Assert.AreEqual(AuditEvents.Mute, record.EventName);
            Assert.AreEqual("000001", record.DetailValue("clip"));
            Assert.AreEqual(LineAt(card, 0), record.Format());
        }

        [TestMethod]
        public void FullSegments_RollOver_AndAReboot_ContinuesTheChain()
        {
            InMemoryCard card = new InMemoryCard(1024 * 1024);
            AuditLog log = NewLog(card, 600);
            for (int i = 0; i < 12; i++)
            {
                log.Append(i * 100, AuditEvents.Marker, "n=" + i.ToString());
            }

            log.CloseSegment(1300);
            long before = log.LastSequence;

            AuditLog next = NewLog(card, 600);
            next.Open(0);
            next.Append(1, AuditEvents.PowerOn, "again");

            Assert.AreEqual(before + 1, next.LastSequence);
            Assert.IsTrue(card.ListFiles(CardLayout.AuditDirectory).Length >= 3);
            VerificationReport report = VerifyChain(card);
            Assert.IsTrue(report.Passed);
            Assert.AreEqual(next.LastSequence, report.RecordsChecked);
            Assert.AreEqual(next.HeadHash, report.HeadHash);
        }

        [TestMethod]
        public void LineCutByAPowerLoss_IsNamedByARecoveryRecordAtTheNextBoot()
        {
            InMemoryCard card = new InMemoryCard(1024 * 1024);
            AuditLog log = NewLog(card, 64 * 1024);
            log.Append(10, AuditEvents.PowerOn, string.Empty);
            log.Append(20, AuditEvents.Marker, "n=1");
            long whole = card.GetLength(FirstSegment);
            log.Append(30, AuditEvents.Marker, "n=2");
            card.Truncate(FirstSegment, whole + 7);

            AuditLog next = NewLog(card, 64 * 1024);
            next.Open(0);

            AuditRecord recovery;
            Assert.IsTrue(AuditRecord.TryParse(LineAt(card, "audit/000002.log", 0), out recovery));
            Assert.AreEqual(AuditEvents.Recovery, recovery.EventName);
            Assert.AreEqual("2", recovery.DetailValue("last_seq"));
            Assert.AreEqual("7", recovery.DetailValue("partial_bytes"));
            Assert.AreEqual(3L, recovery.Sequence);
        }

        [TestMethod]
        public void OneChangedByte_FailsTheChainAtThatRecord()
        {
            InMemoryCard card = new InMemoryCard(1024 * 1024);
            AuditLog log = NewLog(card, 64 * 1024);
            log.Append(10, AuditEvents.PowerOn, string.Empty);
            log.Append(20, AuditEvents.Marker, "n=1");
            log.Append(30, AuditEvents.Marker, "n=2");
            long secondLine = LineAt(card, 0).Length + 1;

            card.Flip(FirstSegment, secondLine + 4);

            VerificationReport report = VerifyChain(card);
            Assert.IsFalse(report.Passed);
            Assert.IsTrue(report.HasFailure(FirstSegment, -1));
        }

        private static AuditLog NewLog(ICardFileSystem card, long segmentLimitBytes)
        {
            AuditLogSettings settings = new AuditLogSettings();
            settings.SegmentLimitBytes = segmentLimitBytes;
            return new AuditLog(card, new Sha256(), new UtcClock(), settings);
        }

        private static VerificationReport VerifyChain(ICardFileSystem card)
        {
            VerificationReport report = new VerificationReport();
            new AuditChainVerifier(card, new Sha256(), report).Verify();
            return report;
        }

        private static string LineAt(ICardFileSystem card, int index)
        {
            return LineAt(card, FirstSegment, index);
        }

        private static string LineAt(ICardFileSystem card, string segment, int index)
        {
            AuditSegmentReader reader = new AuditSegmentReader(card, segment);
            for (int i = 0; i <= index; i++)
            {
                Assert.IsTrue(reader.ReadNext());
            }

            return reader.LineText();
        }

        private static string HashOfLine(string line)
        {
            byte[] bytes = TestBytes.Ascii(line + "\n");
            return TestBytes.Sha256Hex(bytes, bytes.Length);
        }
    }
}
