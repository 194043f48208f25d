using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Drivers.Host.Hashing;
using BwcFirmware.Drivers.Host.Http;
using BwcFirmware.Drivers.Host.Link;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Sync;
using BwcFirmware.Shared.Time;

namespace BwcFirmware.Simulator.Fleet
{
    /// <summary>
    /// One camera in its dock: the firmware's sync agent over its card, built as the device agent builds it
    /// (card store catalog, the card's audit log, the device id), sending through the host transport with a
    /// device-sized socket buffer over its own modelled link. Runs on a thread of its own, stepping on the
    /// wall clock, until a pass over the card ends.
    /// </summary>
    public sealed class DockedCamera : IDisposable
    {
        // About what a device's TCP stack buffers: a cut loses, and re-sends, no more than is in flight.
        private const int SendBufferBytes = 16 * 1024;

        private readonly DirectoryCardFileSystem _card;
        private readonly HostSha256 _sha = new HostSha256();
        private readonly HostHttpTransport _transport;
        private readonly SyncAgent _agent;
        private readonly ShapedLink _link;
        private readonly long _deadlineMs;
        private Thread _thread;
        private long _startTicks;
        private long _endTicks;

        /// <summary>
        /// Docks the card in <paramref name="cardFolder"/>. With <paramref name="shape"/> null the camera talks to
        /// the station directly; with <paramref name="measureOnly"/> nothing is written to its audit log and no
        /// clip is marked synced (the journal it leaves in sync/ is removed after).
        /// </summary>
        public DockedCamera(string deviceId, string cardFolder, string stationUrl, int stationPort, string token, LinkShape shape, int seed, bool measureOnly, TimeSpan limit)
        {
            DeviceId = deviceId;
            CardFolder = cardFolder;
            MeasureOnly = measureOnly;
            _card = new DirectoryCardFileSystem(cardFolder, syncToDisk: true);
            IAuditSink audit = new NoAudit();
            if (!measureOnly)
            {
                var log = new AuditLog(_card, _sha, new UtcClock(), new AuditLogSettings());
                log.Open(0);
                audit = log;
            }

            var catalog = new CardStoreSyncCatalog(_card, _sha, new byte[4096]);
            foreach (int clip in catalog.PendingClips())
            {
                Clips++;
                foreach (SyncFile file in catalog.ClipFiles(clip))
                {
                    TotalBytes += _card.GetLength(file.Path);
                }
            }

            foreach (SyncFile segment in catalog.PendingAuditSegments())
            {
                TotalBytes += _card.GetLength(segment.Path);
            }

            ISyncCatalog syncCatalog = measureOnly ? new UnmarkedCatalog(catalog) : catalog;

            string url = stationUrl;
            if (shape != null)
            {
                _link = new ShapedLink(stationPort, shape, seed);
                url = _link.Through(stationUrl);
            }

            _transport = new HostHttpTransport(_card, new HostHttpSettings { BearerToken = token, SendBufferBytes = SendBufferBytes });
            _agent = new SyncAgent(new SyncSettings(deviceId), new TusClient(_transport, url), _card, syncCatalog, _sha, audit, null);
            _deadlineMs = (long)limit.TotalMilliseconds;
        }

        /// <summary>The camera's device id.</summary>
        public string DeviceId { get; }

        /// <summary>Its card folder.</summary>
        public string CardFolder { get; }

        /// <summary>True for the pass that measures the station alone.</summary>
        public bool MeasureOnly { get; }

        /// <summary>Closed clips waiting for the station when docked.</summary>
        public int Clips { get; }

        /// <summary>Bytes of every file waiting for the station when docked.</summary>
        public long TotalBytes { get; }

        /// <summary>The sync agent (status, files confirmed, fault).</summary>
        public SyncAgent Agent => _agent;

        /// <summary>The camera's link, or null when it talks to the station directly.</summary>
        public ShapedLink Link => _link;

        /// <summary>Body bytes written to the network, re-sent ones included.</summary>
        public long BytesWritten => _transport.BodyBytesWritten;

        /// <summary>True once its pass over the card ended (or its time ran out).</summary>
        public bool Finished { get; private set; }

        /// <summary>From docking to the end of its pass (so far, while running).</summary>
        public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_startTicks, Finished ? _endTicks : Stopwatch.GetTimestamp());

        /// <summary>The file going up and the station's offset in it, or null.</summary>
        public string CurrentPath => _agent.CurrentPath;

        /// <summary>Starts syncing on its own thread.</summary>
        public void Dock()
        {
            _startTicks = Stopwatch.GetTimestamp();
            _thread = new Thread(Run) { IsBackground = true, Name = "dock " + DeviceId };
            _thread.Start();
        }

        /// <summary>Waits for the end of the pass.</summary>
        public void Join() => _thread?.Join();

        /// <summary>Releases the transport, link and card.</summary>
        public void Dispose()
        {
            _transport.Dispose();
            _link?.Dispose();
            _sha.Dispose();
            _card.Dispose();
            if (MeasureOnly && Directory.Exists(Path.Combine(CardFolder, CardLayout.SyncDirectory)))
            {
                // The measuring pass leaves the card as it found it: no journal of uploads to another station.
                Directory.Delete(Path.Combine(CardFolder, CardLayout.SyncDirectory), true);
            }
        }

        private void Run()
        {
            _agent.SetConditions(docked: true, recording: false, networkUp: true);
            while (true)
            {
                long now = (long)Stopwatch.GetElapsedTime(_startTicks).TotalMilliseconds;
                _agent.Step(now);
                SyncStatus status = _agent.Status;
                if (status == SyncStatus.UpToDate || status == SyncStatus.NotConfirmed || now > _deadlineMs)
                {
                    break;
                }

                long wait = _agent.NextAttemptMs - now;
                if (wait > 0)
                {
                    Thread.Sleep((int)Math.Min(wait, 50));
                }
            }

            _endTicks = Stopwatch.GetTimestamp();
            Finished = true;
        }

        private sealed class NoAudit : IAuditSink
        {
            public void Append(long timeMs, string eventName, string detail)
            {
            }
        }

        /// <summary>The card store's catalog without its marks: the measuring pass confirms nothing on the card.</summary>
        private sealed class UnmarkedCatalog : ISyncCatalog
        {
            private readonly ISyncCatalog _inner;

            public UnmarkedCatalog(ISyncCatalog inner) => _inner = inner;

            public int[] PendingClips() => _inner.PendingClips();

            public bool ClipHasMarkers(int clip) => _inner.ClipHasMarkers(clip);

            public SyncFile[] ClipFiles(int clip) => _inner.ClipFiles(clip);

            public long MarkClipSynced(int clip, string manifestSha256, long nowMs) => 0;

            public SyncFile[] PendingAuditSegments() => _inner.PendingAuditSegments();

            public void MarkAuditSegmentSynced(int segment, long nowMs)
            {
            }
        }
    }
}
