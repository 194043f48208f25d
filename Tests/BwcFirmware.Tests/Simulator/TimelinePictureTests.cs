using BwcFirmware.Simulator.Timeline;
using SkiaSharp;

namespace BwcFirmware.Tests.Simulator
{
    [TestClass]
    public sealed class TimelinePictureTests
    {
        private static readonly SKColor s_recordingRed = new(0xD3, 0x2F, 0x2F);
        private static readonly SKColor s_bufferingBlue = new(0x3C, 0x82, 0xC8);

        private static ShiftTimeline SampleShift()
        {
            var timeline = new ShiftTimeline("test shift");
            timeline.PowerEvent(0, "on");
            timeline.State(0, "Idle");
            timeline.State(2_000, "PreEventBuffer");
            timeline.State(60_000, "Recording");
            timeline.ClipOpened(60_000, "000001", 30_000);
            timeline.State(61_000, "Recording");
            timeline.Marker(70_000);
            timeline.State(80_000, "PrivacyMuted");
            timeline.Mute(80_000, true);
            timeline.State(90_000, "Recording");
            timeline.Mute(90_000, false);
            timeline.State(100_000, "PreEventBuffer");
            timeline.ClipClosed(100_000, "000001", "record.hold");
            timeline.Dock(150_000, true);
            timeline.State(151_000, "Idle");
            timeline.Syncing(152_000, true);
            timeline.SyncProgress(152_000, 0, 0);
            timeline.SyncProgress(160_000, 4_000_000, 4_000_000);
            timeline.Syncing(161_000, false);
            timeline.BatteryReading(0, 4100, 90);
            timeline.BatteryReading(120_000, 3600, 40);
            timeline.CardUsage(0, 0, 32_000_000_000);
            timeline.CardUsage(100_000, 5_000_000, 32_000_000_000);
            timeline.Finish(180_000);
            return timeline;
        }

        private static bool ColumnHas(SKBitmap bitmap, int x, SKColor color)
        {
            for (int y = 0; y < bitmap.Height; y++)
            {
                if (bitmap.GetPixel(x, y) == color)
                {
                    return true;
                }
            }

            return false;
        }

        [TestMethod]
        public void Picture_ShowsRecordingWhereTheClipWas_AndBufferingBeforeIt()
        {
            ShiftTimeline timeline = SampleShift();
            using var painter = new TimelinePainter(timeline);

            using SKBitmap bitmap = painter.Render();

            // The plot spans x = 170 .. width-40 for 0 .. 180 s.
            float plotWidth = bitmap.Width - 170 - 40;
            int xRecording = 170 + (int)(plotWidth * 65_000 / 180_000);
            int xBuffering = 170 + (int)(plotWidth * 20_000 / 180_000);
            Assert.IsTrue(ColumnHas(bitmap, xRecording, s_recordingRed), "recording band at 1:05");
            Assert.IsTrue(ColumnHas(bitmap, xBuffering, s_bufferingBlue), "buffering band at 0:20");
            Assert.IsFalse(ColumnHas(bitmap, xBuffering, s_recordingRed), "nothing recorded at 0:20");
        }

        [TestMethod]
        public void Picture_IsWrittenAsPng()
        {
            string path = Path.Combine(Path.GetTempPath(), $"bwc-timeline-{Guid.NewGuid():N}.png");
            try
            {
                using (var painter = new TimelinePainter(SampleShift()))
                {
                    painter.SavePng(path);
                }

                byte[] head = File.ReadAllBytes(path).Take(8).ToArray();
                CollectionAssert.AreEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, head);
                using SKBitmap decoded = SKBitmap.Decode(path);
                Assert.AreEqual(1800, decoded.Width);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [TestMethod]
        public void Timeline_ClosesOpenBandsAtTheEnd()
        {
            ShiftTimeline timeline = SampleShift();

            Assert.AreEqual(180_000L, timeline.States[^1].EndMs);
            Assert.AreEqual(7, timeline.States.Count, "a repeated state does not start a new band");
            Assert.AreEqual(60_000L, timeline.States[2].StartMs);
            Assert.AreEqual(80_000L, timeline.States[2].EndMs);
        }
    }
}
