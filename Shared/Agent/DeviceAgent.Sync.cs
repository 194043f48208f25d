using System;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Recording;
using BwcFirmware.Shared.Sync;
using BwcFirmware.Shared.Time;

namespace BwcFirmware.Shared.Agent
{
    /// <summary>
    /// The sync side of the agent: uploads only while docked, mounted and with no clip open. The sync agent is
    /// built at each mount over the mounted card (the accounted view, so what retention frees later is credited)
    /// when the parts carry a transport and a station URL is known (settings override the card config).
    /// </summary>
    public sealed partial class DeviceAgent
    {
        private SyncAgent _sync;
        private SyncSettings _syncSettings;
        private long _syncClockSetMs = long.MinValue;
        private int _syncConfirmedSeen;
        private bool _auditClosedForDock;
        private long _syncHeldUntilMs = long.MinValue;

        /// <summary>After a card fault inside sync (full card, write error), sync waits this long before trying again.</summary>
        public const long SyncCardFaultHoldMs = 60000;

        /// <summary>The sync agent of the mounted card, or null (no card, no transport or no station URL).</summary>
        public SyncAgent Sync
        {
            get { return _sync; }
        }

        /// <summary>The station's tus creation URL in use: the settings' override, else the card config's; "" for none.</summary>
        public string StationUrl
        {
            get
            {
                if (_settings.StationUrl != null && _settings.StationUrl.Length > 0)
                {
                    return _settings.StationUrl;
                }

                return Config.StationUrl == null ? string.Empty : Config.StationUrl;
            }
        }

        private void OnSyncInput(InputEvent input)
        {
            if (input.Kind == InputKind.Undocked)
            {
                _auditClosedForDock = false;
            }
        }

        /// <summary>Builds the sync agent over the card just mounted (called from the mount).</summary>
        private void StartSync(ICardFileSystem accountedCard)
        {
            _sync = null;
            if (_parts.Http == null || StationUrl.Length == 0)
            {
                return;
            }

            var catalog = new CardStoreSyncCatalog(accountedCard, _parts.Sha256, new byte[4096]);
            var settings = new SyncSettings(Config.DeviceId.Length == 0 ? "BWC-0000" : Config.DeviceId);
            _syncSettings = settings;
            _sync = new SyncAgent(settings, new TusClient(_parts.Http, StationUrl), accountedCard, catalog, _parts.Sha256, Audit, new StationTime(Clock, Audit));
            _syncConfirmedSeen = 0;
        }

        private void StepSync(long nowMs)
        {
            SyncAgent sync = _sync;
            if (sync == null)
            {
                return;
            }

            bool mounted = _media.Pipeline != null;
            bool docked = Recorder.IsDocked && mounted;
            bool recording = Recorder.IsClipOpen;
            if (docked && !recording && !_auditClosedForDock)
            {
                // The open audit segment only goes up once closed: close it as the docking session starts,
                // so the station receives the log up to the dock (the next record opens a new segment).
                Audit.CloseSegment(nowMs);
                _auditClosedForDock = true;
                OnDockSegmentClosed();
            }

            bool held = nowMs < _syncHeldUntilMs;
            sync.SetConditions(docked && !held, recording, true);
            try
            {
                sync.Step(nowMs);
            }
            catch (CardException e)
            {
                // The journal or a marker could not be written (a full or failing card): the loop must go on.
                // Sync stops this session (the journal keeps what it had) and tries again after a hold.
                _syncHeldUntilMs = nowMs + SyncCardFaultHoldMs;
                Audit.Append(nowMs, AuditEvents.SyncFailed, "reason=card-fault fault=" + CardFaultNames.Name(e.Fault));
                Note(nowMs, "sync: card fault (" + CardFaultNames.Name(e.Fault) + "), paused for " + (SyncCardFaultHoldMs / 1000).ToString() + " s");
                sync.SetConditions(false, recording, true);
                sync.Step(nowMs);
                return;
            }

            AfterSyncStep(nowMs, sync);
        }

        private void AfterSyncStep(long nowMs, SyncAgent sync)
        {
            // The station's Date header set the clock inside the sync agent: pass the UTC on.
            if (Clock.IsSet && Clock.LastSetMs != _syncClockSetMs)
            {
                _syncClockSetMs = Clock.LastSetMs;
                OnClockSet(nowMs);
            }

            if (sync.FilesConfirmed != _syncConfirmedSeen)
            {
                _syncConfirmedSeen = sync.FilesConfirmed;
                if (Recorder.IsCardFull)
                {
                    // Confirmed clips are now deletable by retention: recording may claim their space again.
                    Inputs.TryPost(InputKind.CardSpaceAvailable, nowMs, 0);
                }
            }
        }

        private void StopSync(long nowMs, string why)
        {
            SyncAgent sync = _sync;
            if (sync != null)
            {
                // No request is sent: the journal keeps the upload URLs for the next docking session.
                sync.SetConditions(false, Recorder.IsClipOpen, true);
                sync.Step(nowMs);
            }

            if (why == "unmounted")
            {
                _sync = null;
            }
        }
    }
}
