using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;

namespace BwcFirmware.Drivers.Host.NativeMedia
{
    /// <summary>
    /// P/Invoke declarations of libnativemedia_host (Drivers/NativeMedia/include/nm_host.h). The library is
    /// found through BWC_NATIVE_MEDIA_LIBRARY, else in artifacts/native/host above this assembly (where
    /// `bash Drivers/NativeMedia/build.sh host` puts it), else by the system's usual search.
    /// </summary>
    internal static unsafe class NativeMethods
    {
        public const string Library = "nativemedia_host";
        public const string FileName = "libnativemedia_host.so";

        static NativeMethods()
        {
            NativeLibrary.SetDllImportResolver(typeof(NativeMethods).Assembly, Resolve);
        }

        /// <summary>Loads the library now and checks that the struct layouts agree; throws with the fix when not.</summary>
        public static void EnsureLoaded()
        {
            try
            {
                if (nm_host_record_size() != sizeof(NativeChunkRecordData) || nm_host_config_size() != sizeof(NativeRecorderConfig))
                {
                    throw new InvalidOperationException("native media: struct layouts differ from nm_host.h");
                }
            }
            catch (DllNotFoundException)
            {
                throw new InvalidOperationException("native media: " + FileName + " not found; build it with `bash Drivers/NativeMedia/build.sh host` or set BWC_NATIVE_MEDIA_LIBRARY");
            }
            catch (EntryPointNotFoundException e)
            {
                throw new InvalidOperationException("native media: " + FileName + " is older than this build (" + e.Message + "); rebuild it with `bash Drivers/NativeMedia/build.sh host`");
            }
            catch (BadImageFormatException)
            {
                throw new InvalidOperationException("native media: " + FileName + " is not a library for this machine; rebuild it with `bash Drivers/NativeMedia/build.sh host`");
            }
        }

        private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
        {
            if (name != Library)
            {
                return IntPtr.Zero;
            }

            string configured = Environment.GetEnvironmentVariable("BWC_NATIVE_MEDIA_LIBRARY");
            if (!string.IsNullOrEmpty(configured))
            {
                return NativeLibrary.Load(configured);
            }

            for (DirectoryInfo dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "artifacts", "native", "host", FileName);
                if (File.Exists(candidate))
                {
                    return NativeLibrary.Load(candidate);
                }
            }

            return IntPtr.Zero;
        }

        [DllImport(Library)]
        public static extern IntPtr nm_host_avi_create([MarshalAs(UnmanagedType.LPUTF8Str)] string root, in NativeAviFormat format);

        [DllImport(Library)]
        public static extern int nm_host_avi_begin(IntPtr avi, [MarshalAs(UnmanagedType.LPUTF8Str)] string path);

        [DllImport(Library)]
        public static extern int nm_host_avi_video(IntPtr avi, byte* frame, int count, long captureMs);

        [DllImport(Library)]
        public static extern int nm_host_avi_audio(IntPtr avi, byte* pcm, int count);

        [DllImport(Library)]
        public static extern int nm_host_avi_finish(IntPtr avi, out uint length);

        [DllImport(Library)]
        public static extern void nm_host_avi_destroy(IntPtr avi);

        [DllImport(Library)]
        public static extern IntPtr nm_host_recorder_create([MarshalAs(UnmanagedType.LPUTF8Str)] string root, in NativeRecorderConfig config, int audioBufferBytes, int readBufferBytes);

        [DllImport(Library)]
        public static extern IntPtr nm_host_recorder_create_on(IntPtr ops, IntPtr cardContext, NativeRecorderEvents* events, in NativeRecorderConfig config, int audioBufferBytes, int readBufferBytes);

        [DllImport(Library)]
        public static extern int nm_host_recorder_begin(IntPtr host, [MarshalAs(UnmanagedType.LPUTF8Str)] string directory, uint firstSequence, int withAudio);

        [DllImport(Library)]
        public static extern int nm_host_recorder_frame(IntPtr host, byte* jpeg, int count, long captureMs);

        [DllImport(Library)]
        public static extern int nm_host_recorder_audio(IntPtr host, byte* pcm, int count);

        [DllImport(Library)]
        public static extern int nm_host_recorder_set_muted(IntPtr host, int muted);

        [DllImport(Library)]
        public static extern void nm_host_recorder_drop_audio(IntPtr host);

        [DllImport(Library)]
        public static extern int nm_host_recorder_close_chunk(IntPtr host);

        [DllImport(Library)]
        public static extern int nm_host_recorder_settle(IntPtr host);

        [DllImport(Library)]
        public static extern void nm_host_recorder_abandon(IntPtr host);

        [DllImport(Library)]
        public static extern int nm_host_recorder_take_closed(IntPtr host, NativeChunkRecordData* record);

        [DllImport(Library)]
        public static extern void nm_host_recorder_fault(IntPtr host, ulong cutAfterBytes, ulong cutAfterOps, ulong fullAfterBytes, ulong errorAtOp, int loseUnflushed, int removed);

        [DllImport(Library)]
        public static extern void nm_host_recorder_destroy(IntPtr host);

        [DllImport(Library)]
        public static extern int nm_host_record_size();

        [DllImport(Library)]
        public static extern int nm_host_config_size();
    }
}
