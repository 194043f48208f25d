using System.Collections;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;

namespace BwcFirmware.Shared.Verification
{
    /// <summary>
    /// A manifest as bytes: its SHA-256, its length and where each line starts, so findings about a chunk can
    /// name the manifest line (number and byte range) that lists it.
    /// </summary>
    internal sealed class ManifestFile
    {
        private readonly ArrayList _lineStarts = new ArrayList();

        private ManifestFile()
        {
        }

        /// <summary>Lower-case hex SHA-256 of the whole file.</summary>
        public string Sha256 { get; private set; }

        /// <summary>Bytes in the file.</summary>
        public long Length { get; private set; }

        /// <summary>Reads <paramref name="path"/> once, hashing it and noting line starts.</summary>
        public static ManifestFile Read(ICardFileSystem card, string path, ISha256 sha, byte[] buffer)
        {
            ManifestFile file = new ManifestFile();
            byte[] digest = new byte[32];
            sha.Reset();
            long position = 0;
            file._lineStarts.Add(0L);
            while (true)
            {
                int read = card.Read(path, position, buffer, 0, buffer.Length);
                if (read <= 0)
                {
                    break;
                }

                sha.Append(buffer, 0, read);
                for (int i = 0; i < read; i++)
                {
                    if (buffer[i] == (byte)'\n')
                    {
                        file._lineStarts.Add(position + i + 1);
                    }
                }

                position += read;
            }

            sha.Finish(digest, 0);
            file.Sha256 = Hex.ToLower(digest);
            file.Length = position;
            return file;
        }

        /// <summary>1-based number of the line starting at <paramref name="offset"/> (0 when none does).</summary>
        public int LineAt(long offset)
        {
            for (int i = 0; i < _lineStarts.Count; i++)
            {
                if ((long)_lineStarts[i] == offset)
                {
                    return i + 1;
                }
            }

            return 0;
        }

        /// <summary>One past the last byte of the line starting at <paramref name="offset"/>.</summary>
        public long LineEnd(long offset)
        {
            for (int i = 0; i < _lineStarts.Count - 1; i++)
            {
                if ((long)_lineStarts[i] == offset)
                {
                    return (long)_lineStarts[i + 1];
                }
            }

            return Length;
        }
    }
}
