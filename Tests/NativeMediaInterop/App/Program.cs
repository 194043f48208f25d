using System;
using BwcFirmware.NativeMedia;
using BwcFirmware.Tests.NativeMediaInterop;

namespace BwcFirmware.InteropCheck
{
    /// <summary>
    /// Runs on nanoCLR with the native media path compiled in: records <see cref="InteropShift"/> through the
    /// interop into the card folder named by the script (the current folder's "card"), printing one line per chunk
    /// event and the status at the end. The posix build's camera and microphone are the test pattern.
    /// </summary>
    public static class Program
    {
        private static readonly NativeChunk s_chunk = new NativeChunk();

        /// <summary>Entry point.</summary>
        public static void Main()
        {
            string reason;
            string version = NativeMediaRecorder.Detect(out reason);
            if (version == null)
            {
                Console.WriteLine("INTEROP absent: " + reason);
                return;
            }

            Console.WriteLine("INTEROP version " + version);
            try
            {
                Record();
            }
            catch (Exception exception)
            {
                Console.WriteLine("INTEROP error " + exception.Message);
            }
        }

        private static void Record()
        {
            NativeMediaRecorder recorder = NativeMediaRecorder.Start("card", InteropShiftConfig.Create());
            Check("camera", recorder.StartCamera(new int[] { -1 }, 20000000, 5, 12, 2));
            Check("microphone", recorder.StartMicrophone(-1, -1, InteropShift.SampleRateHz));

            int next = 0;
            int clip = 0;
            for (long t = InteropShift.StepMs; t <= InteropShift.EndMs; t += InteropShift.StepMs)
            {
                while (next < InteropShift.Times.Length && InteropShift.Times[next] <= t)
                {
                    clip = Run(recorder, InteropShift.Commands[next], InteropShift.Times[next], clip);
                    next++;
                }

                recorder.Poll(t);
                Drain(recorder);
            }

            NativeMediaStatus status = new NativeMediaStatus();
            recorder.ReadStatus(status);
            Console.WriteLine("INTEROP status recorded=" + status.FramesRecorded.ToString() + " idle=" + status.FramesIdle.ToString()
                + " dropped=" + status.FramesDropped.ToString() + " overruns=" + status.AudioOverruns.ToString()
                + " faulted=" + (status.Faulted ? "1" : "0") + " last=" + NativeMediaRecorder.ResultName(status.LastResult));
            recorder.Stop();
            Console.WriteLine("INTEROP done");
        }

        private static int Run(NativeMediaRecorder recorder, int command, long nowMs, int clip)
        {
            switch (command)
            {
                case InteropShift.StartClip:
                    clip++;
                    recorder.Begin(nowMs, "clips/" + Sequence(clip), 1, true);
                    break;
                case InteropShift.MuteOn:
                    recorder.SetMuted(nowMs, true);
                    break;
                case InteropShift.MuteOff:
                    recorder.SetMuted(nowMs, false);
                    break;
                case InteropShift.StopClip:
                    recorder.CloseChunk(nowMs, true);
                    recorder.Settle(nowMs);
                    break;
            }

            Drain(recorder);
            return clip;
        }

        private static void Drain(NativeMediaRecorder recorder)
        {
            while (recorder.TryTakeEvent(s_chunk))
            {
                if (s_chunk.Fault != 0)
                {
                    Console.WriteLine("INTEROP fault " + s_chunk.Path + " " + NativeMediaRecorder.ResultName(s_chunk.Fault));
                    continue;
                }

                if (!s_chunk.Closed)
                {
                    Console.WriteLine("INTEROP opened " + s_chunk.Path + " first=" + s_chunk.FirstFrameMs.ToString());
                    continue;
                }

                Console.WriteLine("INTEROP chunk " + s_chunk.Path + " bytes=" + s_chunk.Bytes.ToString() + " frames=" + s_chunk.Frames.ToString()
                    + " audio=" + s_chunk.AudioBytes.ToString() + " first=" + s_chunk.FirstFrameMs.ToString() + " last=" + s_chunk.LastFrameMs.ToString()
                    + " sha256=" + Hex(s_chunk.Sha256));
            }
        }

        private static void Check(string what, int result)
        {
            if (result != 0)
            {
                throw new InvalidOperationException(what + " " + result.ToString());
            }
        }

        private static string Sequence(int n)
        {
            string digits = n.ToString();
            while (digits.Length < 6)
            {
                digits = "0" + digits;
            }

            return digits;
        }

        private static string Hex(byte[] bytes)
        {
            string text = string.Empty;
            for (int i = 0; i < bytes.Length; i++)
            {
                text += bytes[i].ToString("x2");
            }

            return text;
        }
    }
}
