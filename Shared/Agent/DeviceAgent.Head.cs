using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Recording;

namespace BwcFirmware.Shared.Agent
{
    /// <summary>
    /// The audit chain's head outside the card: written to the internal flash (when the parts have one) at every
    /// clip start and close, at the dock and at power-off, and handed to the sync agent at the dock so the
    /// station receives it with the audit segments.
    /// </summary>
    public sealed partial class DeviceAgent
    {
        private ChainHeadKeeper _headKeeper;

        /// <summary>Keeps the chain head in the internal flash, or null when the parts have no flash store.</summary>
        public ChainHeadKeeper ChainHead
        {
            get { return _headKeeper; }
        }

        private void StartChainHead()
        {
            if (_parts.ChainHeadStore != null)
            {
                _headKeeper = new ChainHeadKeeper(_parts.ChainHeadStore, Audit);
            }

            Recorder.StateChanged += OnStateChangedForHead;
        }

        private void OnStateChangedForHead(RecorderState from, RecorderState to, string cause, long timeMs)
        {
            // The clip's start and close records (and its manifest anchor) are on the card: witness them.
            if (IsClip(from) != IsClip(to))
            {
                SaveChainHead();
            }
        }

        /// <summary>At the dock, once the open segment is closed: the flash and the station get the same head.</summary>
        private void OnDockSegmentClosed()
        {
            SaveChainHead();
            if (_syncSettings != null && Audit.LastSequence > 0)
            {
                _syncSettings.ChainHead = new ChainHead(Audit.LastSequence, Audit.HeadHash);
            }
        }

        private void SaveChainHead()
        {
            if (_headKeeper != null)
            {
                _headKeeper.Save();
            }
        }

        private static bool IsClip(RecorderState state)
        {
            return state == RecorderState.Recording || state == RecorderState.PrivacyMuted;
        }
    }
}
