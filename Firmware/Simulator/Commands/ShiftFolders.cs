using System;
using System.IO;

namespace BwcFirmware.Simulator.Commands
{
    /// <summary>
    /// The card and report folders a shift writes into, checked before the shift starts: each is created when
    /// missing and written to once (a probe file, removed again). A folder that cannot be used fails with one
    /// line naming it and the cause (exit 3), and a folder made for this run is removed again, so a refused
    /// run leaves nothing behind.
    /// </summary>
    public static class ShiftFolders
    {
        private const string ProbeName = ".bwc-sim-write-check";

        /// <summary>Makes sure both folders exist and take writes; fails with the first that does not.</summary>
        public static void PrepareShift(string cardDirectory, string reportDirectory)
        {
            bool cardCreated = Prepare(cardDirectory, "card folder");
            try
            {
                Prepare(reportDirectory, "report folder");
            }
            catch (CommandFailure)
            {
                if (cardCreated)
                {
                    TryRemoveEmpty(cardDirectory);
                }

                throw;
            }
        }

        /// <summary>
        /// Creates <paramref name="path"/> when missing and writes a probe into it; true when it was created
        /// here. Fails with "<paramref name="role"/> PATH: cause".
        /// </summary>
        public static bool Prepare(string path, string role)
        {
            if (File.Exists(path))
            {
                throw Failure(role, path, "is a file, not a folder");
            }

            bool created = false;
            if (!Directory.Exists(path))
            {
                string file = FileOnThePath(path);
                if (file != null)
                {
                    throw Failure(role, path, "cannot create it: " + file + " is a file, not a folder");
                }

                try
                {
                    Directory.CreateDirectory(path);
                    created = true;
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    throw Failure(role, path, "cannot create it: " + Cause(e));
                }
            }

            string probe = Path.Combine(path, ProbeName);
            try
            {
                File.WriteAllText(probe, "bwc-sim");
                File.Delete(probe);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                if (created)
                {
                    TryRemoveEmpty(path);
                }

                throw Failure(role, path, "cannot write into it: " + Cause(e));
            }

            return created;
        }

        /// <summary>The cause of a file-system failure in plain words ("no permission (Operation not permitted)").</summary>
        public static string Cause(Exception e)
        {
            string detail = (e.InnerException ?? e).Message.TrimEnd('.');
            if (e is UnauthorizedAccessException)
            {
                return e.InnerException != null ? "no permission (" + detail + ")" : "no permission";
            }

            if (detail.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase))
            {
                return "read-only file system";
            }

            if (detail.Contains("No space left", StringComparison.OrdinalIgnoreCase))
            {
                return "no space left on the disk";
            }

            return detail;
        }

        /// <summary>The nearest existing part of <paramref name="path"/> when it is a file (nothing can be made under it), else null.</summary>
        private static string FileOnThePath(string path)
        {
            string parent = Path.GetDirectoryName(Path.GetFullPath(path));
            while (parent != null && !Directory.Exists(parent))
            {
                if (File.Exists(parent))
                {
                    return parent;
                }

                parent = Path.GetDirectoryName(parent);
            }

            return null;
        }

        private static void TryRemoveEmpty(string path)
        {
            try
            {
                if (Directory.GetFileSystemEntries(path).Length == 0)
                {
                    Directory.Delete(path);
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // Left as it is: the one-line failure already names the real problem.
            }
        }

        private static CommandFailure Failure(string role, string path, string cause)
        {
            return new CommandFailure(ExitCodes.Environment, role + " " + path + ": " + cause);
        }
    }
}
