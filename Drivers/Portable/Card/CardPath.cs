namespace BwcFirmware.Drivers.Card
{
    /// <summary>Maps the card contract's '/'-separated relative paths to a device path under a drive root.</summary>
    public static class CardPath
    {
        /// <summary>
        /// <paramref name="root"/> ("D:\") followed by <paramref name="path"/> with '/' turned into '\'
        /// (nanoFramework's mscorlib has no String.Replace). A leading '/' is dropped.
        /// </summary>
        public static string ToDevice(string root, string path)
        {
            char[] chars = path.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                if (chars[i] == '/')
                {
                    chars[i] = '\\';
                }
            }

            int start = chars.Length > 0 && chars[0] == '\\' ? 1 : 0;
            return root + new string(chars, start, chars.Length - start);
        }
    }
}
