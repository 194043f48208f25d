using BwcFirmware.Shared.Card;

namespace BwcFirmware.Drivers.Card
{
    /// <summary>Maps the card contract's '/'-separated relative paths to a device path under a drive root.</summary>
    public static class CardPath
    {
        /// <summary>
        /// <paramref name="root"/> ("D:\") followed by <paramref name="path"/> with '/' turned into '\'
        /// (nanoFramework's mscorlib has no String.Replace). A path <see cref="CardPathCheck"/> refuses ("..",
        /// a leading '/', a drive) throws <see cref="CardException"/> and never reaches the file system.
        /// </summary>
        public static string ToDevice(string root, string path)
        {
            CardPathCheck.Require(path);
            char[] chars = path.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                if (chars[i] == '/')
                {
                    chars[i] = '\\';
                }
            }

            return root + new string(chars);
        }
    }
}
