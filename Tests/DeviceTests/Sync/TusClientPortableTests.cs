#nullable disable
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#endif
using BwcFirmware.DeviceTests.Fakes;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Sync;
using BwcFirmware.Shared.Time;

// Portable test (see Board/BoardPinMapPortableTests.cs for how it runs on both frameworks).
namespace BwcFirmware.DeviceTests.Sync
{
    /// <summary>
    /// The tus client and the sync agent against an in-memory station: creation, a resume at the offset the
    /// station reports after a broken connection, and delivery counted only on the station's matching hash.
    /// </summary>
    [TestClass]
    public sealed class TusClientPortableTests
    {
        private const string Chunk = "clips/000001/000001.avi";
        private const string Manifest = "clips/000001/manifest.txt";

        [TestMethod]
        public void Create_ThenPatchInPieces_EndsWithTheStationsHashOfTheFile()
        {
            InMemoryCard card = CardWithClip(5000);
            FakeTusStation station = new FakeTusStation(card);
            TusClient client = new TusClient(station, FakeTusStation.Url);
            TusMetadata metadata = new TusMetadata();
            metadata.Add("filename", Chunk);

            Assert.IsTrue(client.Options().Kind == TusReplyKind.Ok);
            TusReply created = client.Create(5000, metadata);
            TusReply first = client.Patch(created.Location, Chunk, 0, 2000);
            TusReply last = client.Patch(created.Location, Chunk, 2000, 3000);

            Assert.IsTrue(created.Kind == TusReplyKind.Ok);
            Assert.AreEqual("http://station.test:1080/files/u1", created.Location);
            Assert.AreEqual(Chunk, station.FileName(0));
            Assert.AreEqual(2000L, first.Offset);
            Assert.IsNull(first.ComputedSha256);
            Assert.AreEqual(5000L, last.Offset);
            Assert.AreEqual(DigestOf(card, Chunk), last.ComputedSha256);
            Assert.AreEqual(FakeTusStation.Date, last.Date);
        }

        [TestMethod]
        public void BrokenPatch_IsResumedAtTheOffsetTheStationReports()
        {
            InMemoryCard card = CardWithClip(5000);
            FakeTusStation station = new FakeTusStation(card);
            TusClient client = new TusClient(station, FakeTusStation.Url);
            string upload = client.Create(5000, new TusMetadata()).Location;
            station.CutNextPatchAfter(1234);

            TusReply broken = client.Patch(upload, Chunk, 0, 5000);
            TusReply where = client.Head(upload);
            TusReply rest = client.Patch(upload, Chunk, where.Offset, 5000 - where.Offset);

            Assert.IsTrue(broken.Kind == TusReplyKind.NoAnswer);
            Assert.AreEqual(1234L, where.Offset);
            Assert.AreEqual(5000L, where.Length);
            Assert.AreEqual("PATCH u1 1234+3766", station.Request(station.RequestCount - 1));
            Assert.AreEqual(5000L, rest.Offset);
            Assert.AreEqual(DigestOf(card, Chunk), rest.ComputedSha256);
            Assert.AreEqual(DigestOf(card, Chunk), station.HeldSha256(0));
        }

        [TestMethod]
        public void SyncAgent_ResumesACutUpload_AndDeliversTheClipOnTheStationsMatchingHash()
        {
            InMemoryCard card = CardWithClip(40000);
            FakeTusStation station = new FakeTusStation(card);
            OneClipCatalog catalog = new OneClipCatalog(Chunk, Manifest);
            SyncAgent agent = NewAgent(card, station, catalog);
            station.CutNextPatchAfter(5000);

            RunUntilSettled(agent);

            Assert.IsTrue(agent.Status == SyncStatus.UpToDate);
            Assert.AreEqual(2, agent.FilesConfirmed);
            Assert.AreEqual(DigestOf(card, Manifest), catalog.SyncedManifestSha256);
            Assert.AreEqual(DigestOf(card, Chunk), station.HeldSha256(0));
            Assert.IsTrue(Sent(station, "HEAD u1"));
            Assert.IsTrue(Sent(station, "PATCH u1 5000+16384"));
        }

        [TestMethod]
        public void SyncAgent_DeliversNothing_WhenTheStationsHashDiffers()
        {
            InMemoryCard card = CardWithClip(3000);
            FakeTusStation station = new FakeTusStation(card);
            station.LiesAboutHash = true;
            OneClipCatalog catalog = new OneClipCatalog(Chunk, Manifest);
            SyncAgent agent = NewAgent(card, station, catalog);

            RunUntilSettled(agent);

            Assert.IsTrue(agent.Status == SyncStatus.NotConfirmed);
            Assert.AreEqual(0, agent.FilesConfirmed);
            Assert.IsNull(catalog.SyncedManifestSha256);
        }

        private static SyncAgent NewAgent(InMemoryCard card, FakeTusStation station, OneClipCatalog catalog)
        {
            SyncSettings settings = new SyncSettings("BWC-0042");
            settings.PieceBytes = SyncSettings.MinPieceBytes;
            UtcClock clock = new UtcClock();
            AuditLog audit = new AuditLog(card, new Sha256(), clock, new AuditLogSettings());
            SyncAgent agent = new SyncAgent(settings, new TusClient(station, FakeTusStation.Url), card, catalog, new Sha256(), audit, new StationTime(clock, audit));
            agent.SetConditions(true, false, true);
            return agent;
        }

        /// <summary>Steps the agent, jumping over its waits, until a pass over the card ends.</summary>
        private static void RunUntilSettled(SyncAgent agent)
        {
            long now = 1000;
            for (int i = 0; i < 500; i++)
            {
                now = agent.NextAttemptMs > now + 5 ? agent.NextAttemptMs : now + 5;
                agent.Step(now);
                if (agent.Status == SyncStatus.UpToDate || agent.Status == SyncStatus.NotConfirmed)
                {
                    return;
                }
            }
        }

        private static bool Sent(FakeTusStation station, string request)
        {
            for (int i = 0; i < station.RequestCount; i++)
            {
                if (station.Request(i) == request)
                {
                    return true;
                }
            }

            return false;
        }

        [TestMethod]
        public void SyncReasonsAndPhases_AreWordsOnTheDevice_NotEnumNumbers()
        {
            Assert.AreEqual("station refused the token (401)", SyncReasons.Of(new TusReply(TusReplyKind.Unauthorized, 401, TransportFailure.None)));
            Assert.AreEqual("station full (507)", SyncReasons.Of(new TusReply(TusReplyKind.StationFull, 507, TransportFailure.None)));
            Assert.AreEqual("station unreachable", SyncReasons.Of(new TusReply(TusReplyKind.NoAnswer, 0, TransportFailure.Unreachable)));
            Assert.AreEqual("station certificate not trusted (TLS)", SyncReasons.Of(new TusReply(TusReplyKind.NoAnswer, 0, TransportFailure.Untrusted)));
            Assert.AreEqual("backoff", SyncPhaseNames.Of(SyncPhase.Backoff));
            Assert.AreEqual("next-file", SyncPhaseNames.Of(SyncPhase.NextFile));
        }

        private static InMemoryCard CardWithClip(int chunkBytes)
        {
            InMemoryCard card = new InMemoryCard(1024 * 1024);
            byte[] chunk = new byte[chunkBytes];
            for (int i = 0; i < chunk.Length; i++)
            {
                chunk[i] = (byte)(i * 13 + (i >> 8));
            }

            card.Put(Chunk, chunk);
            card.Put(Manifest, TestBytes.Ascii("stop\n"));
            return card;
        }

        private static string DigestOf(InMemoryCard card, string path)
        {
            byte[] bytes = card.Bytes(path);
            return TestBytes.Sha256Hex(bytes, bytes.Length);
        }
    }
}
