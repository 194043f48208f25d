using System;
using BwcFirmware.InteropCheck;
using BwcFirmware.NativeMedia;
using BwcFirmware.NativeMediaEngine;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Media;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Tests.NativeMediaInterop;

namespace BwcFirmware.EngineCheck
{
    /// <summary>
    /// Runs on nanoCLR with the native media path compiled in: records <see cref="InteropShift"/> through the
    /// device engine (<see cref="NativeFramePath"/> over <see cref="InteropPort"/>, the <see cref="IFramePath"/> the
    /// media store drives on the board) into the card folder "card", printing one line per engine event.
    /// </summary>
    public static class Program
    {
        /// <summary>Entry point.</summary>
        public static void Main()
        {
            string reason;
            if (NativeMediaRecorder.Detect(out reason) == null)
            {
                Console.WriteLine("ENGINE absent: " + reason);
                return;
            }

            try
            {
                Record();
            }
            catch (Exception exception)
            {
                Console.WriteLine("ENGINE error " + exception.Message);
            }
        }

        private static void Record()
        {
            NativeMediaRecorder recorder = NativeMediaRecorder.Start("card", InteropShiftConfig.Create());
            if (recorder.StartCamera(new int[] { -1 }, 20000000, 6, 12, 2) != 0 || recorder.StartMicrophone(-1, -1, InteropShift.SampleRateHz) != 0)
            {
                Console.WriteLine("ENGINE error sources");
                return;
            }

            IFramePath path = new NativeFramePath(new InteropPort(recorder), 1 << 20);
            path.Attach(new PrintedEvents());
            int next = 0;
            int clip = 0;
            for (long t = InteropShift.StepMs; t <= InteropShift.EndMs; t += InteropShift.StepMs)
            {
                while (next < InteropShift.Times.Length && InteropShift.Times[next] <= t)
                {
                    clip = Run(path, InteropShift.Commands[next], InteropShift.Times[next], clip);
                    next++;
                }

                path.Pump(t);
            }

            recorder.Stop();
            Console.WriteLine("ENGINE done");
        }

        private static int Run(IFramePath path, int command, long nowMs, int clip)
        {
            switch (command)
            {
                case InteropShift.StartClip:
                    clip++;
                    path.Begin(nowMs, "clips/" + clip.ToString("D6"), 1, true);
                    break;
                case InteropShift.MuteOn:
                    path.SetMuted(nowMs, true);
                    break;
                case InteropShift.MuteOff:
                    path.SetMuted(nowMs, false);
                    break;
                case InteropShift.StopClip:
                    path.CloseChunk(nowMs, true);
                    path.Settle(nowMs);
                    break;
            }

            return clip;
        }

        private sealed class PrintedEvents : IFramePathEvents
        {
            public void ChunkOpened(string name, long firstFrameMs)
            {
                Console.WriteLine("ENGINE opened " + name + " first=" + firstFrameMs.ToString());
            }

            public void ChunkClosed(string path, ChunkRecord record)
            {
                string hex = string.Empty;
                for (int i = 0; i < record.Sha256.Length; i++)
                {
                    hex += record.Sha256[i].ToString("x2");
                }

                Console.WriteLine("ENGINE chunk " + path + " bytes=" + record.Bytes.ToString() + " frames=" + record.Frames.ToString()
                    + " audio=" + record.AudioBytes.ToString() + " first=" + record.FirstFrameMs.ToString() + " last=" + record.LastFrameMs.ToString()
                    + " sha256=" + hex);
            }

            public void Faulted(long nowMs, CardFault fault, string path)
            {
                Console.WriteLine("ENGINE fault " + path + " at " + nowMs.ToString());
            }
        }
    }
}
