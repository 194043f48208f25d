using System;
using System.IO;
using BwcFirmware.Drivers.Host.Camera;
using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Drivers.Host.Hashing;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Shared.Time;

namespace BwcFirmware.Simulator.Fleet
{
    /// <summary>
    /// Writes a camera's shift onto a fresh card folder through the real card store: the media pipeline makes
    /// the chunks, manifests and their hashes, the audit log anchors each clip. Quick because the camera
    /// renders and encodes one second of frames and replays them (<see cref="SimulatedCameraSettings.ReplayPoolFrames"/>);
    /// each camera's frames carry its own device id, so no two cards hold the same bytes.
    /// </summary>
    public static class ShiftCardWriter
    {
        private const long StepMs = 100;
        private const long GapMs = 30_000;
        private static readonly DateTime s_shiftStartUtc = new DateTime(2026, 11, 30, 6, 0, 0, DateTimeKind.Utc);

        /// <summary>Writes the shift for <paramref name="deviceId"/> into <paramref name="folder"/>; returns the clips closed.</summary>
        public static int Write(string folder, string deviceId, int seed, ShiftContents shift)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, CardLayout.ConfigFile), "device_id = " + deviceId + "\n");
            using var card = new DirectoryCardFileSystem(folder, syncToDisk: false);
            using var sha = new HostSha256();
            using var chunkSha = new HostSha256();
            var clock = new UtcClock();
            clock.Set(0, s_shiftStartUtc);
            var audit = new AuditLog(card, sha, clock, new AuditLogSettings());
            audit.Open(0);
            audit.Append(0, AuditEvents.PowerOn, "device=" + deviceId + " officer=fleet");
            var space = CardSpace.Measure(card, 32L * 1024 * 1024 * 1024, 0, CardSpace.DefaultClusterBytes);
            var accounted = new AccountedCardFileSystem(card, space);
            var settings = new MediaSettings
            {
                DeviceId = deviceId,
                FrameWidth = shift.Width,
                FrameHeight = shift.Height,
                FramesPerSecond = shift.FramesPerSecond,
                PreEventSeconds = 0,
            };
            using var camera = new SkiaFrameSource(new SimulatedCameraSettings
            {
                Width = shift.Width,
                Height = shift.Height,
                FramesPerSecond = shift.FramesPerSecond,
                DeviceId = deviceId,
                Seed = seed,
                ReplayPoolFrames = shift.FramesPerSecond,
            });
            var events = new ClosedClips();
            var media = new MediaPipeline(new MediaParts
            {
                Settings = settings,
                Card = accounted,
                Space = space,
                Engine = new ManagedFramePath(settings, card, camera, new SimulatedMicrophone(seed: seed), null),
                Sha256 = chunkSha,
                Audit = audit,
                Events = events,
            });
            media.Utc.Set(new DateTimeOffset(s_shiftStartUtc).ToUnixTimeMilliseconds(), 0);
            long now = 0;
            for (int clip = 0; clip < shift.Clips; clip++)
            {
                now += GapMs;
                media.Pump(now);
                media.StartClip(now, "record.double");
                long end = now + (shift.ClipSeconds * 1000L);
                while (now < end)
                {
                    now = Math.Min(end, now + StepMs);
                    media.Pump(now);
                }

                media.StopClip(now, "record.hold");
            }

            // Docking closes the open audit segment, so the log up to the dock goes up with the clips; the dock
            // record opens the next one.
            audit.CloseSegment(now + 1);
            audit.Append(now + 2, AuditEvents.Dock, "fleet");
            return events.Count;
        }

        private sealed class ClosedClips : IMediaEvents
        {
            public int Count { get; private set; }

            public void ChunkClosed(int clipSequence, ChunkRecord chunk)
            {
            }

            public void ClipClosed(int clipSequence, string cause, byte[] manifestSha256) => Count++;

            public void CardFull(long nowMs) => throw new InvalidOperationException("the shift does not fit on the card");

            public void CardFault(long nowMs, CardFault fault) => throw new InvalidOperationException("card fault while writing the shift: " + CardFaultNames.Name(fault));
        }
    }
}
