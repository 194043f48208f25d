using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Text;

namespace BwcFirmware.Shared.Sync
{
    /// <summary>
    /// Upload state on the card (<see cref="CardLayout.SyncDirectory"/>), one small text file per uploaded file,
    /// so that a reboot or an undock resumes the same station upload instead of starting a duplicate.
    /// </summary>
    /// <remarks>
    /// Crash safety rests on the card's atomic rename: a save writes "name.new", flushes it, deletes "name"
    /// and renames. After a power cut either "name" is intact (a "name.new" beside it may be partial and is
    /// dropped) or only a complete, flushed "name.new" remains and is taken. A record must end with "end".
    /// </remarks>
    public sealed class UploadJournal
    {
        private const string Header = "bwc-sync 1";
        private const string Extension = ".tus";
        private const string NewSuffix = ".new";
        private const int MaxRecordBytes = 4096;

        private readonly ICardFileSystem _card;
        private readonly byte[] _buffer = new byte[MaxRecordBytes];

        /// <summary>Creates a journal on <paramref name="card"/>.</summary>
        public UploadJournal(ICardFileSystem card)
        {
            _card = card;
        }

        /// <summary>Journal file of card file <paramref name="path"/> ("sync/clips_000007_000001.avi.tus").</summary>
        public static string RecordPath(string path)
        {
            // The device's string has no Replace.
            char[] name = path.ToCharArray();
            for (int i = 0; i < name.Length; i++)
            {
                if (name[i] == '/')
                {
                    name[i] = '_';
                }
            }

            return CardLayout.SyncDirectory + "/" + new string(name) + Extension;
        }

        /// <summary>The record of <paramref name="path"/>, or null when there is none (or none that is whole).</summary>
        public UploadRecord Load(string path)
        {
            string file = RecordPath(path);
            string fresh = file + NewSuffix;
            if (_card.FileExists(file))
            {
                if (_card.FileExists(fresh))
                {
                    _card.Delete(fresh);
                }

                return Parse(file, path);
            }

            if (!_card.FileExists(fresh))
            {
                return null;
            }

            UploadRecord record = Parse(fresh, path);
            if (record == null)
            {
                _card.Delete(fresh);
                return null;
            }

            _card.Rename(fresh, file);
            return record;
        }

        /// <summary>Replaces the record of <paramref name="record"/>'s file, durably.</summary>
        public void Save(UploadRecord record)
        {
            string file = RecordPath(record.Path);
            string fresh = file + NewSuffix;
            _card.CreateDirectory(CardLayout.SyncDirectory);
            if (_card.FileExists(fresh))
            {
                _card.Delete(fresh);
            }

            string text = Header + "\n"
                + "path " + record.Path + "\n"
                + "length " + record.Length.ToString() + "\n"
                + "sha256 " + record.Sha256 + "\n"
                + "url " + (record.Url ?? string.Empty) + "\n"
                + "offset " + record.Offset.ToString() + "\n"
                + "phase " + UploadRecord.PhaseName(record.Phase) + "\n"
                + "mismatches " + record.Mismatches.ToString() + "\n"
                + "end\n";
            byte[] bytes = Utf8Text.GetBytes(text);
            using (ICardFile output = _card.Create(fresh))
            {
                output.Write(bytes, 0, bytes.Length);
                output.Flush();
            }

            if (_card.FileExists(file))
            {
                _card.Delete(file);
            }

            _card.Rename(fresh, file);
        }

        /// <summary>Forgets the record of <paramref name="path"/> (after its clip was marked synced).</summary>
        public void Remove(string path)
        {
            string file = RecordPath(path);
            if (_card.FileExists(file))
            {
                _card.Delete(file);
            }

            if (_card.FileExists(file + NewSuffix))
            {
                _card.Delete(file + NewSuffix);
            }
        }

        private UploadRecord Parse(string file, string expectedPath)
        {
            int count = 0;
            int read;
            while (count < _buffer.Length && (read = _card.Read(file, count, _buffer, count, _buffer.Length - count)) > 0)
            {
                count += read;
            }

            string[] lines = AsciiText.ReadPrintable(_buffer, 0, count).Split('\n');
            if (lines.Length < 2 || lines[0] != Header)
            {
                return null;
            }

            string path = null;
            string sha256 = null;
            string url = null;
            long length = -1;
            long offset = 0;
            long mismatches = 0;
            UploadPhase phase = UploadPhase.Uploading;
            bool ended = false;
            for (int i = 1; i < lines.Length && !ended; i++)
            {
                string line = lines[i];
                int space = line.IndexOf(' ');
                string key = space < 0 ? line : line.Substring(0, space);
                string value = space < 0 ? string.Empty : line.Substring(space + 1);
                switch (key)
                {
                    case "path":
                        path = value;
                        break;
                    case "length":
                        SyncText.TryParseNonNegative(value, out length);
                        break;
                    case "sha256":
                        sha256 = value;
                        break;
                    case "url":
                        url = value.Length == 0 ? null : value;
                        break;
                    case "offset":
                        SyncText.TryParseNonNegative(value, out offset);
                        break;
                    case "phase":
                        UploadRecord.TryParsePhase(value, out phase);
                        break;
                    case "mismatches":
                        SyncText.TryParseNonNegative(value, out mismatches);
                        break;
                    case "end":
                        ended = true;
                        break;
                }
            }

            if (!ended || path != expectedPath || length < 0 || !SyncText.IsSha256Hex(sha256) || offset > length)
            {
                return null;
            }

            UploadRecord record = new UploadRecord(path, length, sha256);
            record.Url = url;
            record.Offset = offset;
            record.Phase = phase;
            record.Mismatches = mismatches > 1000 ? 1000 : (int)mismatches;
            return record;
        }
    }
}
