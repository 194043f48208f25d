using System.Diagnostics;

namespace BwcFirmware.Tests.Simulator
{
    /// <summary>
    /// A folder nobody may write into, root included: <c>chattr +i</c> when running as root (root ignores
    /// mode bits), mode 0555 otherwise. Inconclusive when the file system supports neither.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    internal sealed class UnwritableFolder : IDisposable
    {
        private readonly bool _immutable;

        public UnwritableFolder(string path)
        {
            Path = path;
            Directory.CreateDirectory(path);
            if (Environment.UserName == "root")
            {
                _immutable = Chattr("+i", path);
                if (!_immutable)
                {
                    Assert.Inconclusive("chattr +i is not available here; root writes through mode bits");
                }
            }
            else
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            }

            try
            {
                File.WriteAllText(System.IO.Path.Combine(path, "probe"), "x");
                Dispose();
                Assert.Inconclusive("the folder stayed writable: " + path);
            }
            catch (UnauthorizedAccessException)
            {
            }
            catch (IOException)
            {
            }
        }

        public string Path { get; }

        public void Dispose()
        {
            if (_immutable)
            {
                Chattr("-i", Path);
            }
            else if (Directory.Exists(Path))
            {
                File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        private static bool Chattr(string flag, string path)
        {
            try
            {
                using Process process = Process.Start(new ProcessStartInfo("chattr", new[] { flag, path }) { RedirectStandardError = true })!;
                process.WaitForExit();
                return process.ExitCode == 0;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false;
            }
        }
    }
}
