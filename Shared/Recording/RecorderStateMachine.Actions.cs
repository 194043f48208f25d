using System;
using BwcFirmware.Shared.Audit;

namespace BwcFirmware.Shared.Recording
{
    /// <summary>The media commands, transitions and audit records behind each decision.</summary>
    public sealed partial class RecorderStateMachine
    {
        /// <summary>Where the machine rests when no clip is open: buffering if everything allows it, else Idle.</summary>
        private RecorderState RestingState()
        {
            bool canBuffer = IsPoweredOn && IsCardPresent && !IsCardFull && !IsBatteryCritical && !IsDocked
                && !IsFaulted && _config.PreEventSeconds > 0;
            return canBuffer ? RecorderState.PreEventBuffer : RecorderState.Idle;
        }

        /// <summary>Why a recording cannot start now, or null. Docked cameras may record: evidence comes first.</summary>
        private string RefusalReason()
        {
            if (!IsPoweredOn)
            {
                return "not powered on";
            }

            if (!IsCardPresent)
            {
                return "no card";
            }

            if (IsCardFull)
            {
                return "card full";
            }

            if (IsBatteryCritical)
            {
                return "battery critical";
            }

            return null;
        }

        private void StartRecording(long t, string cause)
        {
            string reason = RefusalReason();
            if (reason != null)
            {
                Audit(t, AuditEvents.Refused, cause + " in " + InputNames.Of(_state) + ": " + reason);
                Raise(RecorderNotice.RecordRefused, cause, t);
                return;
            }

            try
            {
                // From PreEventBuffer the engine turns the ring's chunks into the clip's first chunks.
                _media.StartClip(t, cause);
            }
            catch (Exception e)
            {
                Fault(t, "StartClip failed in " + InputNames.Of(_state) + ": " + e.Message);
                return;
            }

            IsFaulted = false;
            Transition(t, RecorderState.Recording, cause);
        }

        /// <summary>Closes the open clip and rests (buffering again when allowed) in one transition.</summary>
        private void CloseClip(long t, string cause)
        {
            if (_state == RecorderState.PrivacyMuted)
            {
                // The next clip must start with audio; the mute interval ends with this clip.
                TryMedia(t, "SetMuted", MediaCall.Unmute, cause);
                Audit(t, AuditEvents.Mute, "off cause=" + cause);
            }

            TryMedia(t, "StopClip", MediaCall.StopClip, cause);
            IsSensitive = false;

            // Say what the ring should do next either way: an engine may keep the ring wanted through a clip.
            RecorderState target = RestingState();
            if (target == RecorderState.PreEventBuffer)
            {
                if (!TryMedia(t, "StartBuffering", MediaCall.StartBuffering, cause))
                {
                    IsFaulted = true;
                    target = RecorderState.Idle;
                }
            }
            else
            {
                TryMedia(t, "StopBuffering", MediaCall.StopBuffering, cause);
            }

            Transition(t, target, cause);
        }

        private void CloseClipOrSettle(long t, string cause)
        {
            if (IsClipOpen)
            {
                CloseClip(t, cause);
            }
            else
            {
                Settle(t, cause);
            }
        }

        private void SettleIfNoClip(long t, string cause)
        {
            if (!IsClipOpen)
            {
                Settle(t, cause);
            }
        }

        /// <summary>Moves between Idle and PreEventBuffer when the conditions changed; no clip is open.</summary>
        private void Settle(long t, string cause)
        {
            RecorderState target = RestingState();
            if (target == _state)
            {
                return;
            }

            if (target == RecorderState.PreEventBuffer)
            {
                if (TryMedia(t, "StartBuffering", MediaCall.StartBuffering, cause))
                {
                    Transition(t, target, cause);
                }
                else
                {
                    IsFaulted = true;
                }

                return;
            }

            // Stopping the ring leaves its chunks on the card; a failure to stop is reported, the state still rests.
            TryMedia(t, "StopBuffering", MediaCall.StopBuffering, cause);
            Transition(t, target, cause);
        }

        private void SetMuted(long t, string cause, bool muted)
        {
            if (!TryMedia(t, "SetMuted", muted ? MediaCall.Mute : MediaCall.Unmute, cause))
            {
                return;
            }

            Audit(t, AuditEvents.Mute, (muted ? "on" : "off") + " cause=" + cause);
            Transition(t, muted ? RecorderState.PrivacyMuted : RecorderState.Recording, cause);
            Raise(muted ? RecorderNotice.MuteOn : RecorderNotice.MuteOff, cause, t);
        }

        private void SetSensitive(long t, string cause, bool sensitive)
        {
            // The audit record comes first, as for markers: the flag survives a manifest that cannot take it.
            IsSensitive = sensitive;
            Audit(t, AuditEvents.Sensitive, (sensitive ? "on" : "off") + " cause=" + cause);
            TryMedia(t, "SetSensitive", sensitive ? MediaCall.Flag : MediaCall.Unflag, cause);
            Raise(sensitive ? RecorderNotice.SensitiveOn : RecorderNotice.SensitiveOff, cause, t);
        }

        private void PlaceMarker(long t, string cause)
        {
            // The audit record comes first, so the marker survives even if the clip's manifest cannot take it.
            MarkerCount++;
            Audit(t, AuditEvents.Marker, "cause=" + cause);
            TryMedia(t, "Marker", MediaCall.Marker, cause);
            Raise(RecorderNotice.Marker, cause, t);
        }

        private void Transition(long t, RecorderState to, string cause)
        {
            RecorderState from = _state;
            _state = to;
            TransitionCount++;
            Audit(t, AuditEvents.State, InputNames.Of(from) + "->" + InputNames.Of(to) + " cause=" + cause);
            RecorderStateChangedHandler handler = StateChanged;
            if (handler != null)
            {
                handler(from, to, cause, t);
            }
        }

        private void Ignore(long t, string cause, string reason)
        {
            Audit(t, AuditEvents.Ignored, cause + " in " + InputNames.Of(_state) + ": " + reason);
            Raise(RecorderNotice.Ignored, cause, t);
        }

        private void Note(long t, string cause, string detail)
        {
            Audit(t, AuditEvents.Input, detail.Length == 0 ? cause : cause + " " + detail);
        }

        private void Fault(long t, string detail)
        {
            LastFault = detail;
            Audit(t, AuditEvents.Fault, detail);
            Raise(RecorderNotice.Fault, detail, t);
        }

        private void Audit(long t, string eventName, string detail)
        {
            try
            {
                _audit.Append(t, eventName, detail);
            }
            catch (Exception)
            {
                // The audit log lives on the card, which may just have gone; recording decisions must not wait on it.
                AuditFailureCount++;
            }
        }

        private void Raise(RecorderNotice notice, string cause, long t)
        {
            RecorderNoticeHandler handler = Noticed;
            if (handler != null)
            {
                handler(notice, cause, t);
            }
        }

        /// <summary>Calls the engine; a throw becomes a fault record and false, never an exception out of the machine.</summary>
        private bool TryMedia(long t, string name, MediaCall call, string cause)
        {
            try
            {
                switch (call)
                {
                    case MediaCall.StartBuffering: _media.StartBuffering(t); break;
                    case MediaCall.StopBuffering: _media.StopBuffering(t); break;
                    case MediaCall.StopClip: _media.StopClip(t, cause); break;
                    case MediaCall.Mute: _media.SetMuted(t, true); break;
                    case MediaCall.Unmute: _media.SetMuted(t, false); break;
                    case MediaCall.Marker: _media.Marker(t, cause); break;
                    case MediaCall.Flag: _media.SetSensitive(t, true); break;
                    case MediaCall.Unflag: _media.SetSensitive(t, false); break;
                }

                return true;
            }
            catch (Exception e)
            {
                Fault(t, name + " failed in " + InputNames.Of(_state) + ": " + e.Message);
                return false;
            }
        }

        private enum MediaCall
        {
            StartBuffering,
            StopBuffering,
            StopClip,
            Mute,
            Unmute,
            Marker,
            Flag,
            Unflag,
        }
    }
}
